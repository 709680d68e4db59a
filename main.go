// Command tiepdan is TiếpDân, the citizen-reception app of a ward's People's
// Committee. Without arguments it opens the desktop window; with a subcommand
// it runs that command (see `tiepdan help`).
//
// This file is wiring only: the built frontend, the command line and the
// window. Everything else lives in app/, store/ and reports/.
package main

import (
	"embed"
	"io/fs"
	"os"

	"tiepdan/app/cli"
)

// dist is the built frontend. Build it first (make frontend): the embed
// fails to compile while frontend/dist does not exist.
//
//go:embed all:frontend/dist
var dist embed.FS

func main() {
	assets, err := fs.Sub(dist, "frontend/dist")
	if err != nil {
		panic(err) // the embed above guarantees the folder
	}
	os.Exit(cli.Main(os.Args[1:], cli.Env{
		Stdout:     os.Stdout,
		Stderr:     os.Stderr,
		Assets:     assets,
		OpenWindow: windowOpener(assets),
		Now:        clock(),
	}))
}
