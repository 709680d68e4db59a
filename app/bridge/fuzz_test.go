package bridge_test

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"slices"
	"testing"
	"testing/fstest"

	"tiepdan/app"
	"tiepdan/app/apptest"
	"tiepdan/app/bridge"
	"tiepdan/app/domain"
)

// FuzzCall posts anything as the arguments of any bound method, the way a
// page in the browser can (issue 7 item 6). Whatever the body, the bridge
// answers 200 or 400 with a JSON reply, never panics, and an error is one of
// the kinds with a message for the person. The session stays anonymous
// (Auth.SetupAdmin is left out), so the calls reach the decoding of the
// arguments and the services' refusals without changing any data.
func FuzzCall(f *testing.F) {
	for _, seed := range []struct {
		pick uint8
		body string
	}{
		{0, `[]`}, {1, `[{}]`}, {2, `["2026-02-30"]`}, {3, `[1, "a", true]`}, {4, `[null]`}, {5, `{"a":1}`},
		{6, `[[[[[[[[[[[[]]]]]]]]]]]]`}, {7, `["\u0000"]`}, {8, `[1e999]`}, {9, `[{"citizens":[{"name":1}]}]`}, {10, ``},
	} {
		f.Add(seed.pick, seed.body)
	}
	services := apptest.New(f, nil)
	log := slog.New(slog.DiscardHandler)
	h, err := bridge.New(fstest.MapFS{"index.html": {Data: []byte(`<!doctype html><html><head></head></html>`)}},
		func() []any { return services.NewSession().Bindings() }, func(err error) any { return app.Present(log, err) })
	if err != nil {
		f.Fatal(err)
	}
	methods := slices.DeleteFunc(h.Methods(), func(m string) bool { return m == "app.Auth.SetupAdmin" })
	kinds := []domain.Kind{domain.Invalid, domain.NotFound, domain.Conflict, domain.Unauthorized, domain.Forbidden,
		domain.Unavailable, domain.Internal}
	b := &browser{}
	f.Fuzz(func(t *testing.T, pick uint8, body string) {
		name := methods[int(pick)%len(methods)]
		w := b.do(h, http.MethodPost, bridge.Prefix+"call/"+name, body, "", callHeader)
		if w.Code != http.StatusOK && w.Code != http.StatusBadRequest {
			t.Fatalf("%s %q: status %d", name, body, w.Code)
		}
		var rep reply
		if err := json.Unmarshal(w.Body.Bytes(), &rep); err != nil {
			t.Fatalf("%s %q: answer is not JSON: %q", name, body, w.Body.String())
		}
		if w.Code == http.StatusBadRequest && rep.Error.Kind == "" {
			t.Fatalf("%s %q: 400 without an error", name, body)
		}
		if rep.Error.Kind != "" && (!slices.Contains(kinds, rep.Error.Kind) || rep.Error.Message == "") {
			t.Fatalf("%s %q: error %+v", name, body, rep.Error)
		}
	})
}
