package bridge

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"tiepdan/app/domain"
)

func isLoopbackIP(s string) bool {
	ip := net.ParseIP(s)
	return ip != nil && ip.IsLoopback()
}

// CheckAddr accepts addr (host:port) when its host is a loopback address or
// "localhost". Any other address — all interfaces, a LAN address — is refused
// unless lan is true, because the LAN mode's login does not exist yet and the
// records include denouncers' identities.
//
// Errors: Invalid, with the Vietnamese reason.
func CheckAddr(addr string, lan bool) error {
	host, port, err := net.SplitHostPort(addr)
	if err != nil || port == "" {
		return domain.Errorf(domain.Invalid, "Địa chỉ %q không hợp lệ; dùng dạng 127.0.0.1:8765.", addr)
	}
	if lan || host == "localhost" || isLoopbackIP(host) {
		return nil
	}
	return domain.Errorf(domain.Invalid,
		"Từ chối phục vụ tại %s: chỉ được dùng địa chỉ nội bộ của máy này (127.0.0.1). Muốn mở cho mạng nội bộ, thêm --lan.", addr)
}

// Serve listens on addr (checked with CheckAddr) and serves h until ctx is
// done. ready is called with the address actually bound (useful with port 0).
func Serve(ctx context.Context, addr string, lan bool, h http.Handler, ready func(net.Addr)) error {
	if err := CheckAddr(addr, lan); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return domain.Wrap(domain.Invalid, err, fmt.Sprintf("Không mở được cổng %s: có thể một chương trình khác đang dùng cổng này.", addr))
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	if ready != nil {
		ready(ln.Addr())
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(shut); err != nil && !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	}
}
