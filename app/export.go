package app

import (
	"bytes"
	"context"
	"encoding/base64"
	"io"
	"slices"
	"strings"

	"tiepdan/app/domain"
	"tiepdan/reports"
	"tiepdan/store"
)

// exportPage is how many visits an export reads at a time (the store's
// largest page); a variable so that a test can page through a few.
var exportPage = 500

// logbookRenderers are the formats the sổ tiếp công dân exports to.
var logbookRenderers = map[string]func(io.Writer, domain.Unit, string, string, []domain.Visit) error{
	"xlsx": reports.LogbookXLSX,
	"pdf":  reports.LogbookPDF,
}

// ExportVisits returns every visit received from from to to (ISO dates,
// inclusive; "" leaves that end open), oldest first, and the unit's
// settings (nil before the first-run setup). It is not bound to the UI: it
// serves the command line. Without a login protected citizens are masked
// exactly as the logbook shows them. With a login (tiepdan export --user)
// the account's rights apply: the police liaison gets the group visits
// only, a role that may see protected identities gets them in the clear,
// and the export is audited.
//
// Errors: Invalid (a bad date, from after to); Unauthorized; Forbidden;
// Unavailable; Internal.
func (s *Services) ExportVisits(from, to string) ([]domain.Visit, *domain.Unit, error) {
	st, err := s.deps.store()
	if err != nil {
		return nil, nil, err
	}
	var a *domain.Account
	if id, _ := s.deps.session.current(); id != 0 {
		if a, err = s.deps.require(PermViewLogbook); err != nil {
			return nil, nil, err
		}
	}
	if err := checkRange(from, to); err != nil {
		return nil, nil, err
	}
	ctx := context.Background()
	reveal := s.deps.canReveal(a)
	find := store.FindVisits{From: from, To: to, GroupOnly: a != nil && a.Role == domain.RolePolice}
	rows, err := s.deps.exportVisits(ctx, find, a, reveal)
	if err != nil {
		return nil, nil, err
	}
	if a != nil {
		if err := st.RecordEvent(ctx, actor(a), "export", "visit", "", map[string]any{
			"form": "03/TCD", "from": from, "to": to, "rows": len(rows), "revealed": reveal, "via": "dòng lệnh",
		}); err != nil {
			return nil, nil, err
		}
	}
	unit, err := st.Unit(ctx)
	if domain.KindOf(err) == domain.NotFound {
		return rows, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	return rows, unit, nil
}

// ExportLogbook renders the sổ tiếp công dân (Mẫu 03/TCD) of the visits
// received from from to to (ISO dates, "" for an open end) as format "xlsx"
// or "pdf", and returns the file, base64-encoded. Protected identities are
// masked as in the logbook list, and the police liaison's export holds only
// the group visits, as his list does. The export is written to the audit
// trail (action "export").
//
// Errors: Invalid (the format, a bad date, from after to, the unit not set
// up); Unauthorized; Forbidden; Unavailable; Internal.
func (r *Reception) ExportLogbook(format, from, to string) (string, error) {
	a, err := r.deps.require(PermViewLogbook)
	if err != nil {
		return "", err
	}
	format = strings.ToLower(strings.TrimSpace(format))
	render := logbookRenderers[format]
	if render == nil {
		return "", &domain.Error{Kind: domain.Invalid, Message: "Vui lòng chọn định dạng xuất: Excel (xlsx) hoặc PDF.",
			Fields: map[string]string{"format": "Chọn Excel (xlsx) hoặc PDF"}}
	}
	if err := checkRange(from, to); err != nil {
		return "", err
	}
	st, _ := r.deps.store()
	ctx := context.Background()
	// The police liaison sees group visits only, as in Visits.
	rows, err := r.deps.exportVisits(ctx, store.FindVisits{From: from, To: to, GroupOnly: a.Role == domain.RolePolice}, a, false)
	if err != nil {
		return "", err
	}
	unit, err := st.Unit(ctx)
	if domain.KindOf(err) == domain.NotFound {
		unit, err = &domain.Unit{}, nil // the renderer asks for the unit's settings
	}
	if err != nil {
		return "", err
	}
	var file bytes.Buffer
	if err := render(&file, *unit, from, to, rows); err != nil {
		return "", err
	}
	if err := st.RecordEvent(ctx, actor(a), "export", "visit", "", map[string]any{
		"form": "03/TCD", "format": format, "from": from, "to": to, "rows": len(rows),
	}); err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(file.Bytes()), nil
}

// checkRange fails unless from and to are empty or ISO dates, from not
// after to.
func checkRange(from, to string) error {
	var v domain.Validation
	checkOptionalDate(&v, "from", from)
	checkOptionalDate(&v, "to", to)
	if err := v.Err(); err != nil {
		return err
	}
	if from != "" && to != "" && from > to {
		v.Fail("to", "Ngày kết thúc phải sau hoặc trùng ngày bắt đầu")
	}
	return v.Err()
}

// exportVisits reads every visit find matches, a page at a time, shown to
// account a (nil on the command line) as visitView shows them, or with the
// protected citizens in the clear when reveal is set, oldest first. A visit
// saved meanwhile shifts the pages by one; it is read once.
func (d Deps) exportVisits(ctx context.Context, find store.FindVisits, a *domain.Account, reveal bool) ([]domain.Visit, error) {
	st, err := d.store()
	if err != nil {
		return nil, err
	}
	out := []domain.Visit{}
	seen := map[int64]bool{}
	for offset := 0; ; offset += exportPage {
		find.Limit, find.Offset = exportPage, offset
		rows, total, err := st.Visits(ctx, find)
		if err != nil {
			return nil, err
		}
		for i := range rows {
			if seen[rows[i].ID] {
				continue
			}
			seen[rows[i].ID] = true
			v := d.visitView(&rows[i], a).Visit
			if reveal {
				if err := d.revealCitizens(&v, &rows[i], a); err != nil {
					return nil, err
				}
			}
			out = append(out, v)
		}
		if len(rows) < exportPage || offset+len(rows) >= total {
			break
		}
	}
	slices.Reverse(out) // the store lists newest first
	return out, nil
}
