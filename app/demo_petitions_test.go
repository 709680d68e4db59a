package app_test

import (
	"testing"

	"tiepdan/app"
	"tiepdan/app/domain"
	"tiepdan/reports"
)

// The demo's petitions are of every kind and source, handled, with cases
// decided, and the statistics of them hold together.
func TestDemoPetitions(t *testing.T) {
	s, res := demo(t, app.DemoOptions{Visits: 60, Petitions: 40, Seed: 4})
	if res.Petitions != 40 || res.PetitionActions < res.Petitions/2 || res.Cases == 0 || res.Decided == 0 {
		t.Fatalf("result %+v", res)
	}
	for _, k := range []domain.ContentKind{domain.ContentComplaint, domain.ContentDenunciation, domain.ContentRecommendation, domain.ContentFeedback} {
		if res.PetitionsByKind[k] == 0 {
			t.Errorf("no petition of kind %s: %v", k, res.PetitionsByKind)
		}
	}
	clerk := loginAs(t, s, "canbo")
	sources := map[domain.PetitionSource]int{}
	page, err := clerk.Petitions.List(app.PetitionFilter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range page.Rows {
		sources[p.Source]++
		if p.Kind == domain.ContentDenunciation && len(p.Petitioners) > 0 && !p.Petitioners[0].Masked {
			t.Errorf("a denouncer is not sealed: %+v", p.Petitioners[0])
		}
	}
	for _, src := range []domain.PetitionSource{domain.SourceReception, domain.SourcePost, domain.SourceForwarded} {
		if sources[src] == 0 {
			t.Errorf("no petition from %s: %v", src, sources)
		}
	}
	stats, err := clerk.Statistics.Compute("2026")
	if err != nil {
		t.Fatal(err)
	}
	if len(stats.Problems) > 0 {
		t.Errorf("identities: %v", stats.Problems)
	}
	if stats.Forms["01/XLD"]["3"] != float64(res.Petitions) || stats.Forms["01/TCD"]["1"] != float64(res.Visits) {
		t.Errorf("the year counts %v đơn and %v visits, the demo wrote %d and %d",
			stats.Forms["01/XLD"]["3"], stats.Forms["01/TCD"]["1"], res.Petitions, res.Visits)
	}
	if len(stats.Tables) != len(reports.StatTables()) {
		t.Errorf("%d tables", len(stats.Tables))
	}
}
