package domain

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func validReceipt() Receipt {
	return Receipt{
		Number:          1,
		ReceivedAt:      "2026-11-27T09:30",
		OfficerName:     "Trần Thị Bích Ngọc",
		OfficerPosition: "Công chức tiếp công dân",
		ProviderName:    "Nguyễn Văn Dũng",
		IDNumber:        "042086001234",
		IDIssueDate:     "2021-08-15",
		IDIssuePlace:    "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
		Address:         "Tổ dân phố 5, phường Hà Huy Tập",
		Items:           []ReceiptItem{{Name: "Đơn khiếu nại", Pages: 3, Kind: ItemOriginal, Condition: "nguyên vẹn"}},
	}
}

func validNotice() RefusalNotice {
	return RefusalNotice{
		Date:           "2026-11-27",
		VisitDate:      "2026-11-25",
		CitizenName:    "Lê Thị Hòa",
		IDNumber:       "042175009876",
		Address:        "Tổ dân phố 7, phường Hà Huy Tập",
		ContentKind:    ContentFeedback,
		ContentSummary: "phản ánh việc lấn chiếm vỉa hè",
		Reason:         "đã được trả lời bằng văn bản, không có tình tiết mới",
	}
}

// fieldsOf returns the field messages of an Invalid error, or fails.
func fieldsOf(t *testing.T, err error) map[string]string {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) || e.Kind != Invalid {
		t.Fatalf("got %v, want an Invalid error", err)
	}
	return e.Fields
}

func TestReceiptValidate(t *testing.T) {
	r := validReceipt()
	if err := r.Validate(); err != nil {
		t.Fatalf("valid receipt: %v", err)
	}
	cases := []struct {
		name  string
		edit  func(*Receipt)
		field string
		msg   string
	}{
		{"no time", func(r *Receipt) { r.ReceivedAt = "" }, "receivedAt", "thời điểm nhận"},
		{"bad time", func(r *Receipt) { r.ReceivedAt = "27/11/2026 9:30" }, "receivedAt", "không hợp lệ"},
		{"time with seconds", func(r *Receipt) { r.ReceivedAt = "2026-11-27T09:30:00" }, "receivedAt", "không hợp lệ"},
		{"negative number", func(r *Receipt) { r.Number = -1 }, "number", "không được âm"},
		{"no officer", func(r *Receipt) { r.OfficerName = "" }, "officerName", "cán bộ nhận"},
		{"no position", func(r *Receipt) { r.OfficerPosition = "" }, "officerPosition", "chức vụ"},
		{"digits in name", func(r *Receipt) { r.ProviderName = "Nguyễn Văn 2" }, "providerName", "chữ số"},
		{"no provider", func(r *Receipt) { r.ProviderName = "" }, "providerName", "người cung cấp"},
		{"no id", func(r *Receipt) { r.IDNumber = "" }, "idNumber", "số căn cước"},
		{"id with spaces", func(r *Receipt) { r.IDNumber = "042 086" }, "idNumber", "chữ và chữ số"},
		{"bad issue date", func(r *Receipt) { r.IDIssueDate = "15/08/2021" }, "idIssueDate", "không hợp lệ"},
		{"no address", func(r *Receipt) { r.Address = "" }, "address", "địa chỉ"},
		{"no items", func(r *Receipt) { r.Items = nil }, "items", "ít nhất một"},
		{"too many items", func(r *Receipt) { r.Items = make([]ReceiptItem, MaxReceiptItems+1) }, "items", "tối đa"},
		{"item without name", func(r *Receipt) { r.Items[0].Name = "" }, "items.0.name", "tên tài liệu"},
		{"negative pages", func(r *Receipt) { r.Items[0].Pages = -2 }, "items.0.pages", "Số trang"},
		{"unknown kind", func(r *Receipt) { r.Items[0].Kind = "scan" }, "items.0.kind", "bản chính"},
		{"no condition", func(r *Receipt) { r.Items[0].Condition = "" }, "items.0.condition", "tình trạng"},
		{"too many copies", func(r *Receipt) { r.Copies = MaxSlipCopies + 1 }, "copies", "Số bản"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := validReceipt()
			c.edit(&r)
			msg, ok := fieldsOf(t, r.Validate())[c.field]
			if !ok || !strings.Contains(strings.ToLower(msg), strings.ToLower(c.msg)) {
				t.Errorf("field %s: got %q, want a message with %q", c.field, msg, c.msg)
			}
		})
	}
	// Optional fields may stay empty; 0 pages (a USB stick) is allowed.
	r = validReceipt()
	r.Place, r.IDIssueDate, r.IDIssuePlace, r.Copies, r.Items[0].Pages = "", "", "", 0, 0
	if err := r.Validate(); err != nil {
		t.Errorf("optional fields empty: %v", err)
	}
}

func TestRefusalNoticeValidate(t *testing.T) {
	n := validNotice()
	if err := n.Validate(); err != nil {
		t.Fatalf("valid notice: %v", err)
	}
	cases := []struct {
		name  string
		edit  func(*RefusalNotice)
		field string
		msg   string
	}{
		{"no date", func(n *RefusalNotice) { n.Date = "" }, "date", "ngày ban hành"},
		{"bad visit date", func(n *RefusalNotice) { n.VisitDate = "2026-13-01" }, "visitDate", "không hợp lệ"},
		{"visit after notice", func(n *RefusalNotice) { n.VisitDate = "2026-11-28" }, "visitDate", "không được sau"},
		{"no name", func(n *RefusalNotice) { n.CitizenName = "" }, "citizenName", "họ tên công dân"},
		{"no id", func(n *RefusalNotice) { n.IDNumber = "" }, "idNumber", "số căn cước"},
		{"no address", func(n *RefusalNotice) { n.Address = "" }, "address", "địa chỉ"},
		{"no kind", func(n *RefusalNotice) { n.ContentKind = "" }, "contentKind", "khiếu nại, tố cáo"},
		{"no summary", func(n *RefusalNotice) { n.ContentSummary = "" }, "contentSummary", "tóm tắt"},
		{"no reason", func(n *RefusalNotice) { n.Reason = "" }, "reason", "lý do"},
		{"empty recipient", func(n *RefusalNotice) { n.Recipients = []string{"Công an phường (để p/h)", ""} }, "recipients.1", "trống"},
		{"digits in signer", func(n *RefusalNotice) { n.SignerName = "Phan Văn 3" }, "signerName", "chữ số"},
		{"long ground", func(n *RefusalNotice) { n.LegalGround = strings.Repeat("a", 1001) }, "legalGround", "1000"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n := validNotice()
			c.edit(&n)
			msg, ok := fieldsOf(t, n.Validate())[c.field]
			if !ok || !strings.Contains(strings.ToLower(msg), strings.ToLower(c.msg)) {
				t.Errorf("field %s: got %q, want a message with %q", c.field, msg, c.msg)
			}
		})
	}
}

// Normalize stores text in NFC with spaces tidied, items included, and
// keeps a nil recipient list nil (it means "the default recipients").
func TestSlipNormalize(t *testing.T) {
	r := validReceipt()
	r.ProviderName = "  " + norm.NFD.String("Nguyễn   Văn Dũng") + " "
	r.Items[0].Name = norm.NFD.String(" Đơn  khiếu nại ")
	r.Normalize()
	if r.ProviderName != "Nguyễn Văn Dũng" || r.Items[0].Name != "Đơn khiếu nại" {
		t.Errorf("normalized to %q, %q", r.ProviderName, r.Items[0].Name)
	}
	n := validNotice()
	n.CitizenName = norm.NFD.String("Lê Thị  Hòa")
	n.Normalize()
	if n.CitizenName != "Lê Thị Hòa" || n.Recipients != nil {
		t.Errorf("normalized to %q, recipients %#v", n.CitizenName, n.Recipients)
	}
}

func TestSlipLabels(t *testing.T) {
	for _, k := range ItemKinds {
		if !k.Valid() || k.Label() == "" {
			t.Errorf("item kind %q has no label", k)
		}
	}
	for _, k := range ContentKinds {
		if !k.Valid() || k.Label() == "" {
			t.Errorf("content kind %q has no label", k)
		}
	}
	if ItemCertifiedCopy.Label() != "bản sao công chứng" || ContentComplaint.Label() != "khiếu nại" {
		t.Errorf("labels: %q, %q", ItemCertifiedCopy.Label(), ContentComplaint.Label())
	}
	if ItemKind("x").Valid() || ContentKind("").Valid() {
		t.Error("unknown kinds are valid")
	}
}
