package cli_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"tiepdan/app"
	"tiepdan/app/apptest"
	"tiepdan/app/cli"
	"tiepdan/app/domain"
	"tiepdan/store"
	"tiepdan/store/storetest"
)

// petitionPrintData is a data folder with a forwarded tố cáo transferred on
// 27/11/2026 and a khiếu nại accepted the same day; it returns their ids.
func petitionPrintData(t *testing.T) (dir string, denunciation, complaintCase int64) {
	t.Helper()
	dir = t.TempDir()
	st, err := store.Open(dir, storetest.Clock)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	admin := apptest.AdminOn(t, st)
	if _, err := admin.Settings.SaveUnit(storetest.Unit()); err != nil {
		t.Fatal(err)
	}
	leader := apptest.As(t, admin, "chutich", domain.RoleLeader)
	tc, err := leader.Petitions.Save(domain.Petition{ReceivedOn: "2026-11-25", Source: domain.SourceForwarded,
		ForwardingBody: "Hội đồng nhân dân phường Hà Huy Tập", ForwardingCategory: domain.ForwardPeoplesCouncil,
		ForwardingDoc: "15/HĐND", ForwardingDocDate: "2026-11-24", FilerKind: domain.FilerSingle, PeopleCount: 1,
		Petitioners: []domain.Citizen{{Name: "Hoàng Văn Thắng", Address: "Tổ dân phố 3, phường Hà Huy Tập"}},
		Kind:        domain.ContentDenunciation, Field: domain.FieldCorruption, Summary: "Tố cáo cán bộ địa chính nhận tiền khi làm hồ sơ đất đai",
		Respondent: "Ông Trần Văn Bình, công chức địa chính", Eligible: true, PriorStatus: domain.PriorNone})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := leader.Petitions.AddAction(app.NewAction{PetitionID: tc.ID, Revision: tc.Revision, PetitionAction: domain.PetitionAction{
		Kind: domain.ActionTransfer, Date: "2026-11-27", DocNumber: "21/PC-UBND", Body: "Thanh tra tỉnh Hà Tĩnh"}}); err != nil {
		t.Fatal(err)
	}
	kn, err := leader.Petitions.Save(domain.Petition{ReceivedOn: "2026-11-26", Source: domain.SourcePost, FilerKind: domain.FilerSingle,
		PeopleCount: 1, Petitioners: []domain.Citizen{{Name: "Phạm Thị Lụa", Address: "Tổ dân phố 5, phường Hà Huy Tập"}},
		Kind: domain.ContentComplaint, Field: domain.FieldLand, Summary: "Khiếu nại quyết định thu hồi đất thửa số 12",
		Respondent: "Ủy ban nhân dân phường Hà Huy Tập", Eligible: true, WithinCompetence: true, PriorStatus: domain.PriorNone})
	if err != nil {
		t.Fatal(err)
	}
	kv, err := leader.Petitions.AddAction(app.NewAction{PetitionID: kn.ID, Revision: kn.Revision,
		PetitionAction: domain.PetitionAction{Kind: domain.ActionProposeAcceptance, Date: "2026-11-27"}})
	if err != nil || kv.Case == nil {
		t.Fatalf("propose: %v", err)
	}
	if _, err := leader.Cases.AddStep(app.NewStep{CaseID: kv.Case.ID, Revision: kv.Case.Revision,
		CaseStep: domain.CaseStep{Kind: domain.StepAccept, Date: "2026-11-27", DocNumber: "30/TB-UBND"}}); err != nil {
		t.Fatal(err)
	}
	return dir, tc.ID, kv.Case.ID
}

// The documents of xử lý đơn and of the cases print from the command line
// by the form's code; a tố cáo's transfer slip never names the denouncer,
// so it prints without a login, and a code that is not the record's
// document is refused.
func TestPrintPetitionDocuments(t *testing.T) {
	dir, tc, kn := petitionPrintData(t)
	out := t.TempDir()
	print := func(args ...string) (int, string, string) {
		file := filepath.Join(out, strings.ReplaceAll(args[0], "/", "-")+".pdf")
		code, _, stderr := run(t, cli.Env{}, append(append([]string{"print"}, args...), "--out", file, "--data", dir)...)
		if code != 0 {
			return code, "", stderr
		}
		return code, pdfWords(t, file), stderr
	}
	for _, c := range []struct {
		args  []string
		wants []string
		not   string
	}{
		{[]string{"TT05-03", "--id", fmt.Sprint(tc)}, []string{"PHIẾU CHUYỂN ĐƠN TỐ CÁO", "21/PC-UBND", "Thanh tra tỉnh Hà Tĩnh",
			"Hội đồng nhân dân phường Hà Huy Tập"}, "Hoàng Văn Thắng"},
		{[]string{"ND124-03", "--id", fmt.Sprint(kn)}, []string{"Về việc thụ lý giải quyết khiếu nại", "Phạm Thị Lụa", "30/TB-UBND"}, ""},
		{[]string{"BC-NGAY", "--date", "2026-11-27"}, []string{"BÁO CÁO", "ngày 27 tháng 11 năm 2026", "Đơn đã xử lý"}, ""},
	} {
		code, text, stderr := print(c.args...)
		if code != 0 {
			t.Fatalf("print %v: %d %q", c.args, code, stderr)
		}
		for _, w := range c.wants {
			if !strings.Contains(text, w) {
				t.Errorf("print %v lacks %q:\n%s", c.args, w, text)
			}
		}
		if c.not != "" && strings.Contains(text, c.not) {
			t.Errorf("print %v names the denouncer %q", c.args, c.not)
		}
	}
	if code, _, stderr := print("TT05-01", "--id", fmt.Sprint(tc)); code != 1 || !strings.Contains(stderr, "văn bản") {
		t.Errorf("a form the petition never issued: %d %q", code, stderr)
	}
	// The complaint names its petitioner: without a login the command line
	// prints it only because she is not protected.
	if code, _, stderr := print("ND31-04", "--id", fmt.Sprint(kn)); code != 1 || stderr == "" {
		t.Errorf("a tố cáo decision for a complaint: %d %q", code, stderr)
	}
}
