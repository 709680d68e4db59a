package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"log/slog"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/logger"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"
	"github.com/wailsapp/wails/v2/pkg/options/windows"
	"github.com/wailsapp/wails/v2/pkg/runtime"

	"tiepdan/app"
)

// windowOpener returns the function that opens the Wails window on assets.
func windowOpener(assets fs.FS) func(*app.Services, string, *slog.Logger) error {
	return func(services *app.Services, dataDir string, log *slog.Logger) error {
		var ctx context.Context
		// One window per data folder: a second launch on the same folder
		// brings the first window forward and exits.
		id := sha256.Sum256([]byte(dataDir))
		return wails.Run(&options.App{
			Title:     "TiếpDân — Tiếp công dân, xử lý đơn thư",
			Width:     1280,
			Height:    800,
			MinWidth:  1024,
			MinHeight: 640,
			AssetServer: &assetserver.Options{
				Assets: assets,
			},
			BackgroundColour: options.NewRGB(245, 246, 248),
			Bind:             services.Bindings(),
			ErrorFormatter:   func(err error) any { return app.Present(log, err) },
			OnStartup:        func(c context.Context) { ctx = c },
			SingleInstanceLock: &options.SingleInstanceLock{
				UniqueId: "vn.tiepdan." + hex.EncodeToString(id[:8]),
				OnSecondInstanceLaunch: func(options.SecondInstanceData) {
					if ctx == nil {
						return
					}
					runtime.WindowUnminimise(ctx)
					runtime.WindowShow(ctx)
					runtime.WindowSetAlwaysOnTop(ctx, true)
					runtime.WindowSetAlwaysOnTop(ctx, false)
				},
			},
			Logger:             wailsLog{log},
			LogLevel:           logger.WARNING,
			LogLevelProduction: logger.WARNING,
			Windows: &windows.Options{
				WebviewUserDataPath: "", // default: %AppData%\tiepdan.exe
			},
			Linux: &linux.Options{ProgramName: "tiepdan"},
		})
	}
}

// wailsLog sends the Wails runtime's messages to the app's log file.
type wailsLog struct{ l *slog.Logger }

func (w wailsLog) Print(m string)   { w.l.Info(m, "from", "wails") }
func (w wailsLog) Trace(m string)   { w.l.Debug(m, "from", "wails") }
func (w wailsLog) Debug(m string)   { w.l.Debug(m, "from", "wails") }
func (w wailsLog) Info(m string)    { w.l.Info(m, "from", "wails") }
func (w wailsLog) Warning(m string) { w.l.Warn(m, "from", "wails") }
func (w wailsLog) Error(m string)   { w.l.Error(m, "from", "wails") }
func (w wailsLog) Fatal(m string)   { w.l.Error(m, "from", "wails") }
