package law

import (
	"strings"
	"testing"
)

// The numbers below are made up: they follow the structure of law.md §7 and
// belong to no one known to the authors. 087084000999 is the example law.md
// §7.1 quotes from its source [S47].

func TestCheckID(t *testing.T) {
	today := NewDate(2026, 11, 27)
	type want struct {
		code     IDProblemCode
		severity Severity
	}
	e := func(c IDProblemCode) want { return want{c, SeverityError} }
	w := func(c IDProblemCode) want { return want{c, SeverityWarning} }
	tests := []struct {
		name   string
		kind   IDKind
		number string
		holder IDHolder
		today  Date
		want   []want
	}{
		// Căn cước: valid.
		{"male 1984, Hà Tĩnh", IDCanCuoc, "042084000123", IDHolder{}, today, nil},
		{"typed in groups", IDCanCuoc, " 042 084 000 123 ", IDHolder{}, today, nil},
		{"dots and hyphens", IDCanCuoc, "042-084-000.123", IDHolder{}, today, nil},
		{"female 1984 with date and sex", IDCanCuoc, "042184000123", IDHolder{Birth: NewDate(1984, 5, 2), Sex: Female}, today, nil},
		{"male 2003, Hà Nội, year only", IDCanCuoc, "001203001234", IDHolder{BirthYear: 2003, Sex: Male}, today, nil},
		{"female 2010, TP HCM", IDCanCuoc, "079310004567", IDHolder{Sex: Female}, today, nil},
		{"born this year", IDCanCuoc, "042226000111", IDHolder{Birth: NewDate(2026, 1, 3)}, today, nil},
		{"law.md example", IDCanCuoc, "087084000999", IDHolder{BirthYear: 1984, Sex: Male}, today, nil},
		{"born 1900", IDCanCuoc, "096100000777", IDHolder{BirthYear: 1900, Sex: Female}, today, nil},

		// Căn cước: each rule failing.
		{"empty", IDCanCuoc, "  ", IDHolder{}, today, []want{e(ProblemEmpty)}},
		{"11 digits", IDCanCuoc, "04208400012", IDHolder{}, today, []want{e(ProblemLength)}},
		{"13 digits", IDCanCuoc, "0420840001234", IDHolder{}, today, []want{e(ProblemLength)}},
		{"9 digits: a CMND", IDCanCuoc, "183456789", IDHolder{}, today, []want{e(ProblemLength)}},
		{"a letter", IDCanCuoc, "04208400012A", IDHolder{}, today, []want{e(ProblemCharacters)}},
		{"a letter and too short", IDCanCuoc, "0420840O12", IDHolder{}, today, []want{e(ProblemCharacters), e(ProblemLength)}},
		{"full-width digit", IDCanCuoc, "04208400012３", IDHolder{}, today, []want{e(ProblemCharacters)}},
		{"invalid UTF-8", IDCanCuoc, "04208400012\xff", IDHolder{}, today, []want{e(ProblemCharacters)}},
		{"unknown province 003", IDCanCuoc, "003084000123", IDHolder{}, today, []want{e(ProblemProvince)}},
		{"province 000", IDCanCuoc, "000084000123", IDHolder{}, today, []want{e(ProblemProvince)}},
		{"prefix 123: maybe a country", IDCanCuoc, "123084000123", IDHolder{}, today, []want{w(ProblemCountry)}},
		{"century 2100 (digit 4)", IDCanCuoc, "042484000123", IDHolder{}, today, []want{e(ProblemCentury)}},
		{"century 2300 (digit 9)", IDCanCuoc, "042900000123", IDHolder{}, today, []want{e(ProblemCentury)}},
		{"birth year 2030 in the future", IDCanCuoc, "042230000123", IDHolder{}, today, []want{e(ProblemFutureBirth)}},
		{"birth year next year", IDCanCuoc, "042327000123", IDHolder{}, today, []want{e(ProblemFutureBirth)}},
		{"birth year differs", IDCanCuoc, "042084000123", IDHolder{BirthYear: 1985}, today, []want{e(ProblemBirthYear)}},
		{"birth date differs in century", IDCanCuoc, "042084000123", IDHolder{Birth: NewDate(2084, 1, 1)}, today, []want{e(ProblemBirthYear)}},
		{"date wins over year", IDCanCuoc, "042084000123", IDHolder{Birth: NewDate(1985, 1, 1), BirthYear: 1984}, today, []want{e(ProblemBirthYear)}},
		{"sex differs", IDCanCuoc, "042084000123", IDHolder{Sex: Female}, today, []want{e(ProblemSex)}},
		{"unknown sex value ignored", IDCanCuoc, "042084000123", IDHolder{Sex: "x"}, today, nil},
		{"several at once", IDCanCuoc, "005330000123", IDHolder{BirthYear: 2000, Sex: Male}, today,
			[]want{e(ProblemProvince), e(ProblemFutureBirth), e(ProblemBirthYear), e(ProblemSex)}},
		{"no today: no future checks", IDCanCuoc, "042484000123", IDHolder{}, Date{}, nil},

		// CMND.
		{"CMND 9 digits in 2024", IDCMND, "183456789", IDHolder{}, NewDate(2024, 6, 1), nil},
		{"CMND 9 digits on its last day", IDCMND, "183456789", IDHolder{}, NewDate(2024, 12, 31), nil},
		{"CMND after 2024", IDCMND, "183456789", IDHolder{}, today, []want{w(ProblemCMNDExpired)}},
		{"CMND 12 digits", IDCMND, "042084000123", IDHolder{BirthYear: 1984}, NewDate(2023, 1, 1), nil},
		{"CMND 12 digits checked like căn cước", IDCMND, "042084000123", IDHolder{BirthYear: 1990}, NewDate(2023, 1, 1),
			[]want{e(ProblemBirthYear)}},
		{"CMND 8 digits", IDCMND, "18345678", IDHolder{}, NewDate(2023, 1, 1), []want{e(ProblemLength)}},
		{"CMND 10 digits", IDCMND, "1834567890", IDHolder{}, NewDate(2023, 1, 1), []want{e(ProblemLength)}},
		{"CMND letter", IDCMND, "18345678x", IDHolder{}, NewDate(2023, 1, 1), []want{e(ProblemCharacters)}},
		{"CMND empty", IDCMND, "", IDHolder{}, today, []want{e(ProblemEmpty)}},

		// Passport.
		{"Vietnamese passport", IDPassport, "C1234567", IDHolder{}, today, nil},
		{"lower case and a space", IDPassport, "c 1234567", IDHolder{}, today, nil},
		{"foreign, 9 characters", IDPassport, "X12345678", IDHolder{}, today, []want{w(ProblemPassportForm)}},
		{"foreign, two letters", IDPassport, "AB123456", IDHolder{}, today, []want{w(ProblemPassportForm)}},
		{"foreign, 6 characters", IDPassport, "C12345", IDHolder{}, today, []want{w(ProblemPassportForm)}},
		{"foreign, 12 characters", IDPassport, "K12345678901", IDHolder{}, today, []want{w(ProblemPassportForm)}},
		{"too short", IDPassport, "C1234", IDHolder{}, today, []want{e(ProblemLength)}},
		{"too long", IDPassport, "C1234567890123", IDHolder{}, today, []want{e(ProblemLength)}},
		{"hyphen", IDPassport, "C123-4567", IDHolder{}, today, []want{e(ProblemCharacters)}},
		{"Vietnamese letter", IDPassport, "Đ1234567", IDHolder{}, today, []want{e(ProblemCharacters)}},
		{"passport empty", IDPassport, " ", IDHolder{}, today, []want{e(ProblemEmpty)}},

		// Other papers.
		{"other", IDOther, "GXN 12/2026/CAP", IDHolder{}, today, nil},
		{"other with diacritics", IDOther, "Giấy xác nhận số 15", IDHolder{}, today, nil},
		{"other empty", IDOther, "\t", IDHolder{}, today, []want{e(ProblemEmpty)}},
		{"other too long", IDOther, strings.Repeat("x", MaxOtherIDLength+1), IDHolder{}, today, []want{e(ProblemLength)}},
		{"other control character", IDOther, "AB\x00C", IDHolder{}, today, []want{e(ProblemCharacters)}},
		{"other invalid UTF-8", IDOther, "AB\xffC", IDHolder{}, today, []want{e(ProblemCharacters)}},

		// Unknown kind.
		{"unknown kind", "cccd", "042084000123", IDHolder{}, today, []want{e(ProblemKind)}},
		{"empty kind", "", "042084000123", IDHolder{}, today, []want{e(ProblemKind)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := CheckID(tt.kind, tt.number, tt.holder, tt.today)
			var got []want
			for _, p := range ps {
				got = append(got, want{p.Code, p.Severity})
				if !isVietnameseMessage(p.Message) {
					t.Errorf("message not Vietnamese: %q", p.Message)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("CheckID(%q, %q) = %+v, want %v", tt.kind, tt.number, ps, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("CheckID(%q, %q) = %+v, want %v", tt.kind, tt.number, ps, tt.want)
				}
			}
		})
	}
}

func TestCheckIDMessages(t *testing.T) {
	today := NewDate(2026, 11, 27)
	tests := []struct {
		kind   IDKind
		number string
		holder IDHolder
		want   string
	}{
		{IDCanCuoc, "", IDHolder{}, "Chưa nhập số căn cước"},
		{IDCanCuoc, "04208400012", IDHolder{}, "Số căn cước phải có đúng 12 chữ số (đã nhập 11)"},
		{IDCanCuoc, "183456789", IDHolder{}, "Số căn cước phải có đúng 12 chữ số (đã nhập 9); số 9 chữ số là số chứng minh nhân dân cũ, hãy chọn loại giấy tờ Chứng minh nhân dân"},
		{IDCanCuoc, "04208400012A", IDHolder{}, "Số căn cước chỉ gồm chữ số (có ký tự 'A')"},
		{IDCanCuoc, "003084000123", IDHolder{}, "Mã tỉnh 003 (3 chữ số đầu) không có trong danh mục mã tỉnh, thành phố nơi đăng ký khai sinh"},
		{IDCanCuoc, "042484000123", IDHolder{}, "Chữ số thứ 4 (4) là mã của người sinh từ năm 2100 trở đi, chưa thể có"},
		{IDCanCuoc, "042230000123", IDHolder{}, "Năm sinh theo số (2030, chữ số thứ 4 đến thứ 6) sau năm hiện tại (2026)"},
		{IDCanCuoc, "042084000123", IDHolder{BirthYear: 1985}, "Năm sinh theo số (1984, chữ số thứ 4 đến thứ 6) khác năm sinh đã ghi (1985)"},
		{IDCanCuoc, "042084000123", IDHolder{Sex: Female}, "Chữ số thứ 4 (0) là mã của công dân nam, khác giới tính đã ghi (nữ)"},
		{IDCMND, "18345678", IDHolder{}, "Số chứng minh nhân dân phải có 9 hoặc 12 chữ số (đã nhập 8)"},
		{IDPassport, "C1234", IDHolder{}, "Số hộ chiếu phải có từ 6 đến 12 ký tự (đã nhập 5)"},
		{IDPassport, "AB123456", IDHolder{}, "Số hộ chiếu không theo dạng hộ chiếu Việt Nam (1 chữ cái và 7 chữ số, ví dụ C1234567); nếu là hộ chiếu nước ngoài, hãy đối chiếu lại với hộ chiếu"},
		{IDOther, "", IDHolder{}, "Chưa nhập số giấy tờ"},
		{"cccd", "1", IDHolder{}, `Loại giấy tờ "cccd" không hợp lệ (chỉ có căn cước, chứng minh nhân dân, hộ chiếu hoặc giấy tờ khác)`},
	}
	for _, tt := range tests {
		ps := CheckID(tt.kind, tt.number, tt.holder, today)
		if len(ps) != 1 || ps[0].Message != tt.want {
			t.Errorf("CheckID(%q, %q):\n got %+v\nwant %q", tt.kind, tt.number, ps, tt.want)
		}
	}
}

func TestIDProblemsErr(t *testing.T) {
	today := NewDate(2026, 11, 27)
	if err := CheckID(IDCanCuoc, "042084000123", IDHolder{}, today).Err(); err != nil {
		t.Errorf("valid number: Err() = %v", err)
	}
	ps := CheckID(IDPassport, "AB123456", IDHolder{}, today)
	if ps.HasErrors() || ps.Err() != nil {
		t.Errorf("a warning must not block: %+v", ps)
	}
	ps = CheckID(IDCanCuoc, "042084000123", IDHolder{BirthYear: 1985, Sex: Female}, today)
	err := ps.Err()
	if !ps.HasErrors() || KindOf(err) != Invalid {
		t.Fatalf("Err() = %v", err)
	}
	want := "Năm sinh theo số (1984, chữ số thứ 4 đến thứ 6) khác năm sinh đã ghi (1985); " +
		"chữ số thứ 4 (0) là mã của công dân nam, khác giới tính đã ghi (nữ)"
	if err.Error() != want {
		t.Errorf("Err() = %q, want %q", err, want)
	}
}

func TestNormalizeID(t *testing.T) {
	tests := []struct {
		kind     IDKind
		in, want string
	}{
		{IDCanCuoc, " 042 084-000.123\t", "042084000123"},
		{IDCMND, "18 345 6789", "183456789"},
		{IDPassport, " c 123 4567 ", "C1234567"},
		{IDPassport, "đ1234567", "đ1234567"},
		{IDOther, "  GXN 12/2026  ", "GXN 12/2026"},
	}
	for _, tt := range tests {
		got := NormalizeID(tt.kind, tt.in)
		if got != tt.want || NormalizeID(tt.kind, got) != got {
			t.Errorf("NormalizeID(%q, %q) = %q, want %q", tt.kind, tt.in, got, tt.want)
		}
	}
}

func TestDescribeID(t *testing.T) {
	tests := []struct {
		in   string
		want IDInfo
		text string
	}{
		{"087084000999", IDInfo{"087084000999", "087", "Đồng Tháp", Male, 1984},
			"Nam, sinh năm 1984, đăng ký khai sinh tại Đồng Tháp (mã 087)"},
		{"042 184 000 123", IDInfo{"042184000123", "042", "Hà Tĩnh", Female, 1984},
			"Nữ, sinh năm 1984, đăng ký khai sinh tại Hà Tĩnh (mã 042)"},
		{"001203001234", IDInfo{"001203001234", "001", "Hà Nội", Male, 2003},
			"Nam, sinh năm 2003, đăng ký khai sinh tại Hà Nội (mã 001)"},
		{"079310004567", IDInfo{"079310004567", "079", "Thành phố Hồ Chí Minh", Female, 2010},
			"Nữ, sinh năm 2010, đăng ký khai sinh tại Thành phố Hồ Chí Minh (mã 079)"},
		{"123084000123", IDInfo{"123084000123", "123", "", Male, 1984},
			"Nam, sinh năm 1984, mã nơi đăng ký khai sinh 123 (không có trong danh mục mã tỉnh, thành phố)"},
	}
	for _, tt := range tests {
		got, err := DescribeID(tt.in)
		if err != nil || got != tt.want || got.String() != tt.text {
			t.Errorf("DescribeID(%q) = %+v %q, %v; want %+v %q", tt.in, got, got.String(), err, tt.want, tt.text)
		}
	}
	for _, bad := range []string{"", "04208400012", "0420840001234", "04208400012A", "183456789"} {
		if _, err := DescribeID(bad); KindOf(err) != Invalid || !isVietnameseMessage(err.Error()) {
			t.Errorf("DescribeID(%q) error = %v, want Invalid", bad, err)
		}
	}
}

func TestProvinces(t *testing.T) {
	ps := Provinces()
	if len(ps) != 63 {
		t.Fatalf("%d provinces, want the 63 of TT 07/2016 Phụ lục I", len(ps))
	}
	for i, p := range ps {
		if len(p.Code) != 3 || p.Code[0] != '0' || p.Name == "" {
			t.Errorf("bad entry %+v", p)
		}
		if i > 0 && ps[i-1].Code >= p.Code {
			t.Errorf("not in code order at %s", p.Code)
		}
	}
	for code, name := range map[string]string{"001": "Hà Nội", "040": "Nghệ An", "042": "Hà Tĩnh", "044": "Quảng Bình", "087": "Đồng Tháp", "096": "Cà Mau"} {
		if p, ok := ProvinceByCode(code); !ok || p.Name != name {
			t.Errorf("ProvinceByCode(%s) = %+v, %v; want %s", code, p, ok, name)
		}
	}
	if _, ok := ProvinceByCode("003"); ok {
		t.Errorf("003 is not a province code")
	}
	ps[0].Name = "changed"
	if p, _ := ProvinceByCode("001"); p.Name != "Hà Nội" {
		t.Errorf("Provinces() returned the table itself")
	}
}

func TestIDLabels(t *testing.T) {
	for _, k := range IDKinds() {
		if k.Label() == string(k) || !isVietnameseMessage(k.Label()) {
			t.Errorf("kind %q has no Vietnamese label", k)
		}
	}
	if Male.Label() != "nam" || Female.Label() != "nữ" {
		t.Errorf("sex labels")
	}
	var docs []string
	for _, c := range IDBasis() {
		docs = append(docs, c.String())
	}
	want := "Điều 12 Luật Căn cước; Điều 13 Nghị định 137/2015/NĐ-CP; Điều 7 Thông tư 07/2016/TT-BCA"
	if got := strings.Join(docs, "; "); got != want {
		t.Errorf("IDBasis = %q, want %q", got, want)
	}
}
