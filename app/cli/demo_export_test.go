package cli

// DemoPasswordCost lets the tests make the demo accounts' password hashes
// cheap.
var DemoPasswordCost = &demoPasswordCost
