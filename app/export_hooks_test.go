package app

// ExportPage lets the tests page an export through a few visits.
var ExportPage = &exportPage
