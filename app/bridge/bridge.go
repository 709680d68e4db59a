// Package bridge serves the built frontend and the bound services over HTTP,
// for `tiepdan serve`: the browser surface used by end-to-end tests and, later,
// by a second PC on the office LAN.
//
// It mirrors the Wails bindings exactly: a script injected first in the page
// defines window.go.<package>.<Struct>.<Method>(...args) returning a Promise,
// so the frontend code is identical in the window and in the browser. A call
// is POST /__tiepdan/call/<package>.<Struct>.<Method> with a JSON array of
// arguments; the answer is {"result": …} or {"error": …}, where the error is
// formatted by the same function the window uses.
package bridge

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"reflect"
	"sort"
	"strings"
	"sync"
	"time"
)

// Prefix is the URL prefix of the bridge's own endpoints.
const Prefix = "/__tiepdan/"

// callHeader must be on every call. A page from another site cannot add it
// without a CORS preflight, which the bridge never approves.
const callHeader = "X-TiepDan-Call"

// method is one bound method: the service it belongs to (an index into a
// session's services) and the method's index in that service's method set.
type method struct {
	service  int
	index    int
	args     []reflect.Type
	hasValue bool // returns a value besides the error
	hasError bool // last result is an error
}

// session is one browser's set of services.
type session struct {
	services []reflect.Value
	lastSeen time.Time
}

// Handler serves the frontend and the bridge.
type Handler struct {
	assets      fs.FS
	methods     map[string]method
	newSession  func() []any
	formatError func(error) any
	script      []byte
	// AnyHost serves requests whatever their Host header (LAN mode). When
	// false, only loopback host names are served.
	AnyHost bool

	mu       sync.Mutex
	sessions map[string]*session
}

var errorType = reflect.TypeFor[error]()

// New returns a handler serving assets (the built frontend, index.html at its
// root) and every exported method of the services newSession returns, named
// as Wails names them: <last element of the package path>.<Struct>.<Method>.
// Each browser gets its own services from newSession, kept by a session
// cookie, so one person's login is not another's. formatError turns a
// method's error into the payload the frontend receives.
func New(assets fs.FS, newSession func() []any, formatError func(error) any) (*Handler, error) {
	h := &Handler{assets: assets, methods: map[string]method{}, newSession: newSession,
		formatError: formatError, sessions: map[string]*session{}}
	for si, svc := range newSession() {
		t := reflect.TypeOf(svc)
		if t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct {
			return nil, fmt.Errorf("bridge: %T is not a pointer to a struct", svc)
		}
		pkg := t.Elem().PkgPath()
		pkg = pkg[strings.LastIndex(pkg, "/")+1:]
		for i := range t.NumMethod() {
			m := t.Method(i)
			mt := m.Type
			var args []reflect.Type
			for a := 1; a < mt.NumIn(); a++ { // skip the receiver
				args = append(args, mt.In(a))
			}
			bm := method{service: si, index: i, args: args}
			switch {
			case mt.NumOut() == 0:
			case mt.NumOut() == 1 && mt.Out(0) == errorType:
				bm.hasError = true
			case mt.NumOut() == 1:
				bm.hasValue = true
			case mt.NumOut() == 2 && mt.Out(1) == errorType:
				bm.hasValue, bm.hasError = true, true
			default:
				return nil, fmt.Errorf("bridge: %s.%s returns %d values; Wails allows (T), (error) or (T, error)", t, m.Name, mt.NumOut())
			}
			h.methods[pkg+"."+t.Elem().Name()+"."+m.Name] = bm
		}
	}
	h.script = h.bindingScript()
	return h, nil
}

// sessionCookie names the browser's session.
const sessionCookie = "tiepdan_session"

// sessionIdle is how long an unused browser session is kept.
const sessionIdle = 24 * time.Hour

// sessionFor returns the request's session, starting one (and setting its
// cookie on w) when the request has none or an unknown one.
func (h *Handler) sessionFor(w http.ResponseWriter, r *http.Request) *session {
	now := time.Now()
	h.mu.Lock()
	defer h.mu.Unlock()
	if c, err := r.Cookie(sessionCookie); err == nil {
		if s, ok := h.sessions[c.Value]; ok {
			s.lastSeen = now
			return s
		}
	}
	for k, s := range h.sessions {
		if now.Sub(s.lastSeen) > sessionIdle {
			delete(h.sessions, k)
		}
	}
	token := make([]byte, 32)
	if _, err := rand.Read(token); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	id := hex.EncodeToString(token)
	s := &session{lastSeen: now}
	for _, svc := range h.newSession() {
		s.services = append(s.services, reflect.ValueOf(svc))
	}
	h.sessions[id] = s
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: id, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
	return s
}

// Methods returns the names of all bound methods, sorted.
func (h *Handler) Methods() []string {
	names := make([]string, 0, len(h.methods))
	for n := range h.methods {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// bindingScript defines window.go the way the Wails runtime does.
func (h *Handler) bindingScript() []byte {
	var b bytes.Buffer
	names, _ := json.Marshal(h.Methods())
	fmt.Fprintf(&b, `(function () {
  var names = %s;
  function call(name, args) {
    return fetch(%q + name, {
      method: "POST",
      headers: { "Content-Type": "application/json", %q: "1" },
      body: JSON.stringify(args)
    }).then(function (r) {
      return r.json().catch(function () {
        throw { kind: "internal", message: "Lỗi hệ thống (máy chủ trả lời " + r.status + ")" };
      });
    }, function () {
      throw { kind: "internal", message: "Mất kết nối tới TiếpDân. Hãy kiểm tra chương trình còn chạy rồi tải lại trang." };
    }).then(function (body) {
      if (body.error !== undefined && body.error !== null) { throw body.error; }
      return body.result;
    });
  }
  window.go = window.go || {};
  names.forEach(function (name) {
    var p = name.split(".");
    var pkg = window.go[p[0]] = window.go[p[0]] || {};
    var svc = pkg[p[1]] = pkg[p[1]] || {};
    svc[p[2]] = function () { return call(name, Array.prototype.slice.call(arguments)); };
  });
})();
`, string(names), Prefix+"call/", callHeader)
	return b.Bytes()
}

// ServeHTTP serves the bridge's script and calls, and otherwise the frontend.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !h.AnyHost && !hostIsLocal(r.Host) {
		http.Error(w, "forbidden host", http.StatusForbidden)
		return
	}
	switch {
	case r.URL.Path == Prefix+"bridge.js":
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Write(h.script)
	case strings.HasPrefix(r.URL.Path, Prefix+"call/"):
		h.serveCall(w, r, strings.TrimPrefix(r.URL.Path, Prefix+"call/"))
	default:
		h.serveAsset(w, r)
	}
}

// hostIsLocal reports whether the Host header names this machine's loopback,
// which defeats DNS-rebinding pages that point their own name at 127.0.0.1.
func hostIsLocal(host string) bool {
	name := host
	if i := strings.LastIndex(host, ":"); i >= 0 && !strings.HasSuffix(host, "]") {
		name = host[:i]
	}
	name = strings.Trim(name, "[]")
	return name == "localhost" || isLoopbackIP(name)
}

type reply struct {
	Result any `json:"result"`
	Error  any `json:"error,omitempty"`
}

func (h *Handler) serveCall(w http.ResponseWriter, r *http.Request, name string) {
	write := func(status int, rep reply) {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(status)
		json.NewEncoder(w).Encode(rep)
	}
	fail := func(status int, err error) { write(status, reply{Error: h.formatError(err)}) }
	if r.Method != http.MethodPost || r.Header.Get(callHeader) == "" {
		fail(http.StatusForbidden, fmt.Errorf("bridge: call %s without POST and %s", name, callHeader))
		return
	}
	m, ok := h.methods[name]
	if !ok {
		fail(http.StatusNotFound, fmt.Errorf("bridge: no method %q", name))
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 64<<20))
	if err != nil {
		fail(http.StatusBadRequest, fmt.Errorf("bridge: read %s: %w", name, err))
		return
	}
	var raw []json.RawMessage
	if err := json.Unmarshal(body, &raw); err != nil {
		fail(http.StatusBadRequest, fmt.Errorf("bridge: %s: arguments are not a JSON array: %w", name, err))
		return
	}
	if len(raw) != len(m.args) {
		fail(http.StatusBadRequest, fmt.Errorf("bridge: %s takes %d arguments, got %d", name, len(m.args), len(raw)))
		return
	}
	in := make([]reflect.Value, len(raw))
	for i, a := range raw {
		p := reflect.New(m.args[i])
		if err := json.Unmarshal(a, p.Interface()); err != nil {
			fail(http.StatusBadRequest, fmt.Errorf("bridge: %s argument %d: %w", name, i+1, err))
			return
		}
		in[i] = p.Elem()
	}
	out := h.sessionFor(w, r).services[m.service].Method(m.index).Call(in)
	if m.hasError {
		if err, _ := out[len(out)-1].Interface().(error); err != nil {
			fail(http.StatusOK, err)
			return
		}
	}
	var rep reply
	if m.hasValue {
		rep.Result = out[0].Interface()
	}
	write(http.StatusOK, rep)
}

// serveAsset serves a file of the frontend; index.html gets the bridge
// script injected first in <head>, before any of the app's own scripts.
func (h *Handler) serveAsset(w http.ResponseWriter, r *http.Request) {
	p := strings.TrimPrefix(r.URL.Path, "/")
	if p == "" || p == "index.html" {
		h.sessionFor(w, r)
		h.serveIndex(w)
		return
	}
	if _, err := fs.Stat(h.assets, p); err != nil {
		// Unknown paths get the app, which shows its own "not found".
		h.sessionFor(w, r)
		h.serveIndex(w)
		return
	}
	if strings.HasPrefix(p, "assets/") {
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable") // Vite hashes these names
	}
	http.ServeFileFS(w, r, h.assets, p)
}

func (h *Handler) serveIndex(w http.ResponseWriter) {
	page, err := fs.ReadFile(h.assets, "index.html")
	if err != nil {
		http.Error(w, "frontend not built (frontend/dist/index.html missing)", http.StatusInternalServerError)
		return
	}
	tag := []byte(`<script src="` + Prefix + `bridge.js"></script>`)
	if i := bytes.Index(page, []byte("<head>")); i >= 0 {
		i += len("<head>")
		page = append(page[:i:i], append(tag, page[i:]...)...)
	} else {
		page = append(tag, page...)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(page)
}
