package reports

// FormInfo describes one printable form of the app for the "Về biểu mẫu"
// page: which source its wording follows and how sure that is.
type FormInfo struct {
	// Code is the catalogue code ("01/TCD", "TT05-01", "BC-NGAY" …).
	Code string `json:"code"`
	// Title is the form's name, e.g. "Phiếu đề xuất thụ lý đơn".
	Title string `json:"title"`
	// Source is the legal text (and Mẫu số) the form follows.
	Source string `json:"source"`
	// Status is "CONFIRMED" (read in a copy of the legal text),
	// "UNCONFIRMED" (built as described: the official layout was not read)
	// or "VENDOR" (rebuilt from a commercial product).
	Status string `json:"status"`
	// Note says what exactly is and is not confirmed, in Vietnamese.
	Note string `json:"note"`
}

// statCatalogPrefix starts the catalogue code of a statistical biểu.
const statCatalogPrefix = "Biểu "

// FormCatalog lists every printable form of the app, in this order: the
// NĐ 154/2026 slips and logbook (01/TCD, 02/TCD, 03/TCD), the petition and
// case documents and the daily summary (petitionforms.json), then the
// statistical biểu (StatTables), coded "Biểu 01/TCD" and so on. It is
// empty only if the embedded data cannot be read, which the tests rule out.
func FormCatalog() []FormInfo {
	data, err := formsData()
	if err != nil {
		return nil
	}
	titles := map[string]string{
		refusalForm.code: refusalForm.docTitle,
		receiptForm.code: receiptForm.docTitle,
		logbookForm.code: logbookForm.docTitle,
	}
	var out []FormInfo
	for _, f := range data.Elsewhere {
		if f.Title == "" {
			f.Title = titles[f.Code]
		}
		out = append(out, f)
	}
	for _, f := range data.Forms {
		out = append(out, f.FormInfo)
	}
	out = append(out, data.Daily.FormInfo)
	// A biểu's number repeats a form's (Biểu 01/TCD of the statistics is
	// not Mẫu 01/TCD of NĐ 154/2026), so its code says which it is.
	for _, t := range StatTables() {
		out = append(out, FormInfo{Code: statCatalogPrefix + t.Code, Title: t.Title, Source: t.Source, Status: t.Status, Note: t.Note})
	}
	return out
}
