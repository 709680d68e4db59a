package bridge_test

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"tiepdan/app"
	"tiepdan/app/apptest"
	"tiepdan/app/bridge"
	"tiepdan/app/domain"
)

func newHandler(t *testing.T) *bridge.Handler {
	t.Helper()
	services := apptest.New(t, nil)
	assets := fstest.MapFS{
		"index.html":         {Data: []byte(`<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body></body></html>`)},
		"assets/app-1234.js": {Data: []byte(`console.log("app")`)},
	}
	log := slog.New(slog.DiscardHandler)
	h, err := bridge.New(assets, func() []any { return services.NewSession().Bindings() },
		func(err error) any { return app.Present(log, err) })
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// browser is one browser's cookie: its session.
type browser struct{ cookie *http.Cookie }

// do sends one request to h with Host 127.0.0.1:8765 unless host is given,
// as the default browser.
func do(h http.Handler, method, path, body, host string, header map[string]string) *httptest.ResponseRecorder {
	return defaultBrowser.do(h, method, path, body, host, header)
}

var defaultBrowser = &browser{}

func (b *browser) do(h http.Handler, method, path, body, host string, header map[string]string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, path, strings.NewReader(body))
	r.Host = "127.0.0.1:8765"
	if host != "" {
		r.Host = host
	}
	for k, v := range header {
		r.Header.Set(k, v)
	}
	if b.cookie != nil {
		r.AddCookie(b.cookie)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	for _, c := range w.Result().Cookies() {
		if c.Name == "tiepdan_session" {
			b.cookie = c
		}
	}
	return w
}

var callHeader = map[string]string{"X-TiepDan-Call": "1", "Content-Type": "application/json"}

type reply struct {
	Result json.RawMessage  `json:"result"`
	Error  app.ErrorPayload `json:"error"`
}

func call(t *testing.T, h http.Handler, name, args string) (int, reply) {
	t.Helper()
	return defaultBrowser.call(t, h, name, args)
}

func (b *browser) call(t *testing.T, h http.Handler, name, args string) (int, reply) {
	t.Helper()
	w := b.do(h, http.MethodPost, bridge.Prefix+"call/"+name, args, "", callHeader)
	var rep reply
	if err := json.Unmarshal(w.Body.Bytes(), &rep); err != nil {
		t.Fatalf("%s: answer is not JSON: %q", name, w.Body.String())
	}
	return w.Code, rep
}

func TestIndexGetsTheBridgeScriptFirst(t *testing.T) {
	h := newHandler(t)
	for _, path := range []string{"/", "/index.html", "/cai-dat"} {
		body := do(h, http.MethodGet, path, "", "", nil).Body.String()
		if !strings.Contains(body, `<head><script src="/__tiepdan/bridge.js"></script><script type="module"`) {
			t.Fatalf("GET %s: bridge script not first in head:\n%s", path, body)
		}
	}
	js := do(h, http.MethodGet, bridge.Prefix+"bridge.js", "", "", nil).Body.String()
	for _, name := range []string{"app.Settings.SaveUnit", "app.System.Info", "window.go"} {
		if !strings.Contains(js, name) {
			t.Errorf("bridge.js lacks %s", name)
		}
	}
	if got := do(h, http.MethodGet, "/assets/app-1234.js", "", "", nil).Body.String(); got != `console.log("app")` {
		t.Fatalf("asset = %q", got)
	}
}

func TestCallsMirrorTheBindings(t *testing.T) {
	h := newHandler(t)
	defaultBrowser = &browser{}
	code, rep := call(t, h, "app.System.Info", `[]`)
	var info app.SystemInfo
	if code != 200 || json.Unmarshal(rep.Result, &info) != nil || info.Configured {
		t.Fatalf("Info: %d %+v", code, rep)
	}

	// Not logged in: the same refusal the window gets.
	code, rep = call(t, h, "app.Settings.SaveUnit", `[{"name":"x"}]`)
	if code != 200 || rep.Error.Kind != domain.Unauthorized {
		t.Fatalf("SaveUnit before login: %d %+v", code, rep.Error)
	}
	admin := `[{"username":"quantri","fullName":"Quản Trị","password":"` + apptest.Password + `","passwordConfirm":"` + apptest.Password + `"}]`
	if code, rep = call(t, h, "app.Auth.SetupAdmin", admin); code != 200 || rep.Error.Kind != "" {
		t.Fatalf("SetupAdmin: %d %+v", code, rep.Error)
	}

	// An invalid save: the same payload the window gets, with a message per field.
	code, rep = call(t, h, "app.Settings.SaveUnit", `[{"name":"","periodicDays":[4]}]`)
	if code != 200 || rep.Error.Kind != domain.Invalid || !strings.HasPrefix(rep.Error.Fields["name"], "Vui lòng nhập tên đơn vị") {
		t.Fatalf("SaveUnit(empty): %d %+v", code, rep.Error)
	}

	unit := `{"name":"Ủy ban nhân dân phường Hà Huy Tập","superiorAgency":"Ủy ban nhân dân tỉnh Hà Tĩnh","docSymbol":"UBND",
		"placeName":"Hà Tĩnh","chairmanName":"Nguyễn Văn Dũng","chairmanTitle":"Chủ tịch","receptionPlace":"Trụ sở",
		"periodicDays":[4],"reportRecipient":"Thanh tra tỉnh Hà Tĩnh","revision":0}`
	code, rep = call(t, h, "app.Settings.SaveUnit", "["+unit+"]")
	var saved domain.Unit
	if code != 200 || rep.Error.Kind != "" || json.Unmarshal(rep.Result, &saved) != nil || saved.Revision != 1 {
		t.Fatalf("SaveUnit(valid): %d %s %+v", code, rep.Result, rep.Error)
	}

	code, rep = call(t, h, "app.Settings.DateLine", `["Hà Tĩnh"]`)
	if code != 200 || string(rep.Result) != `"Hà Tĩnh, ngày 27 tháng 11 năm 2026"` {
		t.Fatalf("DateLine: %d %s", code, rep.Result)
	}
}

// Each browser has its own session: one browser's login is not another's.
func TestBrowsersHaveSeparateSessions(t *testing.T) {
	h := newHandler(t)
	a, b := &browser{}, &browser{}
	admin := `[{"username":"quantri","fullName":"Quản Trị","password":"` + apptest.Password + `","passwordConfirm":"` + apptest.Password + `"}]`
	if code, rep := a.call(t, h, "app.Auth.SetupAdmin", admin); code != 200 || rep.Error.Kind != "" {
		t.Fatalf("SetupAdmin: %d %+v", code, rep.Error)
	}
	if _, rep := a.call(t, h, "app.Settings.DateLine", `["Hà Tĩnh"]`); rep.Error.Kind != "" {
		t.Fatalf("logged-in browser refused: %+v", rep.Error)
	}
	if _, rep := b.call(t, h, "app.Settings.DateLine", `["Hà Tĩnh"]`); rep.Error.Kind != domain.Unauthorized {
		t.Fatalf("another browser shares the login: %+v", rep.Error)
	}
	forged := &browser{cookie: &http.Cookie{Name: "tiepdan_session", Value: strings.Repeat("ab", 32)}}
	if _, rep := forged.call(t, h, "app.Settings.DateLine", `["Hà Tĩnh"]`); rep.Error.Kind != domain.Unauthorized {
		t.Fatalf("a made-up session cookie was accepted: %+v", rep.Error)
	}
}

func TestBadCallsAreRefused(t *testing.T) {
	h := newHandler(t)
	cases := []struct {
		name, args string
		code       int
	}{
		{"app.Settings.Nothing", `[]`, http.StatusNotFound},
		{"app.Settings.DateLine", `[]`, http.StatusBadRequest},
		{"app.Settings.DateLine", `["a","b"]`, http.StatusBadRequest},
		{"app.Settings.DateLine", `[42]`, http.StatusBadRequest},
		{"app.Settings.DateLine", `{"place":"x"}`, http.StatusBadRequest},
	}
	for _, c := range cases {
		code, rep := call(t, h, c.name, c.args)
		if code != c.code || rep.Error.Kind != domain.Internal || !strings.HasPrefix(rep.Error.Message, "Lỗi hệ thống") {
			t.Errorf("%s %s: %d %+v; want %d and the system error", c.name, c.args, code, rep.Error, c.code)
		}
	}
	// Without the header (a form posted by another site) or by GET: refused.
	if w := do(h, http.MethodPost, bridge.Prefix+"call/app.System.Info", `[]`, "", nil); w.Code != http.StatusForbidden {
		t.Errorf("call without header: %d", w.Code)
	}
	if w := do(h, http.MethodGet, bridge.Prefix+"call/app.System.Info", ``, "", callHeader); w.Code != http.StatusForbidden {
		t.Errorf("GET call: %d", w.Code)
	}
}

func TestOnlyLoopbackHostsAreServed(t *testing.T) {
	h := newHandler(t)
	for _, host := range []string{"127.0.0.1:8765", "localhost:8765", "[::1]:8765", "127.0.0.1"} {
		if w := do(h, http.MethodGet, "/", "", host, nil); w.Code != http.StatusOK {
			t.Errorf("Host %s: %d, want 200", host, w.Code)
		}
	}
	// A DNS-rebinding page names its own host while resolving to 127.0.0.1.
	for _, host := range []string{"evil.example:8765", "192.168.1.10:8765", "tiepdan.local"} {
		if w := do(h, http.MethodGet, "/", "", host, nil); w.Code != http.StatusForbidden {
			t.Errorf("Host %s: %d, want 403", host, w.Code)
		}
	}
	h.AnyHost = true
	if w := do(h, http.MethodGet, "/", "", "192.168.1.10:8765", nil); w.Code != http.StatusOK {
		t.Errorf("LAN mode, Host 192.168.1.10: %d", w.Code)
	}
}

func TestCheckAddr(t *testing.T) {
	cases := []struct {
		addr string
		lan  bool
		ok   bool
	}{
		{"127.0.0.1:8765", false, true},
		{"127.0.0.1:0", false, true},
		{"localhost:8765", false, true},
		{"[::1]:8765", false, true},
		{"0.0.0.0:8765", false, false},
		{":8765", false, false},
		{"192.168.1.5:8765", false, false},
		{"0.0.0.0:8765", true, true},
		{"8765", false, false},
		{"127.0.0.1", false, false},
	}
	for _, c := range cases {
		err := bridge.CheckAddr(c.addr, c.lan)
		if (err == nil) != c.ok {
			t.Errorf("CheckAddr(%q, lan=%v) = %v, want ok=%v", c.addr, c.lan, err, c.ok)
		}
		if err != nil && domain.KindOf(err) != domain.Invalid {
			t.Errorf("CheckAddr(%q): kind %q", c.addr, domain.KindOf(err))
		}
	}
}

// The frontend reaches Go only through src/api; every bound method must have
// its typed wrapper there, and every wrapper must name a bound method.
func TestEveryBoundMethodHasAnAPIWrapper(t *testing.T) {
	h := newHandler(t)
	files, err := filepath.Glob("../../frontend/src/api/*.ts")
	if err != nil || len(files) == 0 {
		t.Fatalf("no frontend api files: %v", err)
	}
	var api strings.Builder
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		api.Write(b)
	}
	for _, m := range h.Methods() {
		if !strings.Contains(api.String(), "'"+m+"'") {
			t.Errorf("bound method %s has no wrapper in frontend/src/api", m)
		}
	}
	bound := map[string]bool{}
	for _, m := range h.Methods() {
		bound[m] = true
	}
	calls := regexp.MustCompile(`call(?:<[^>]*>)?\('([^']+)'`).FindAllStringSubmatch(api.String(), -1)
	if len(calls) == 0 {
		t.Fatal("no call('…') found in frontend/src/api")
	}
	for _, c := range calls {
		if !bound[c[1]] {
			t.Errorf("frontend/src/api calls %s, which Go does not bind", c[1])
		}
	}
}
