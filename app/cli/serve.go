package cli

import (
	"fmt"
	"net"

	"tiepdan/app"
	"tiepdan/app/bridge"
)

func runServe(env Env, args []string) error {
	fs := flags("serve")
	data := dataFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8765", "địa chỉ phục vụ")
	lan := fs.Bool("lan", false, "cho phép máy khác trong mạng nội bộ truy cập")
	if err := parse(fs, args); err != nil {
		return err
	}
	// Refuse a non-loopback address before touching the data folder.
	if err := bridge.CheckAddr(*addr, *lan); err != nil {
		return err
	}
	o, err := open(env, *data, false)
	if err != nil {
		return err
	}
	defer o.close()
	defer o.autoBackups()() // daily now; on close, after Serve returns (backup.go)
	// Each browser gets its own session of services over the one store.
	newSession := func() []any { return o.services.NewSession().Bindings() }
	h, err := bridge.New(env.Assets, newSession, func(err error) any { return app.Present(o.log, err) })
	if err != nil {
		return err
	}
	h.AnyHost = *lan
	ctx, stop := env.runContext()
	defer stop()
	return bridge.Serve(ctx, *addr, *lan, h, func(a net.Addr) {
		fmt.Fprintf(env.Stdout, "TiếpDân đang phục vụ tại http://%s/ — nhấn Ctrl+C để dừng.\n", a)
		o.log.Info("serve", "addr", a.String(), "lan", *lan)
	})
}
