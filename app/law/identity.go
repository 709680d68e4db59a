package law

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// IDKind is the kind of identity paper (giấy tờ tùy thân) a citizen shows
// (glossary: IdentityPaper, idKind). From 01/7/2026 a person who comes to
// complain or denounce gives a số căn cước, số định danh cá nhân or số hộ
// chiếu (NĐ 154/2026 Art. 12.1, law.md §2.4); CMND numbers stay storable for
// older records (law.md §7.2).
type IDKind string

// The kinds of identity paper.
const (
	// IDCanCuoc is the 12-digit number of the thẻ căn cước, the căn cước
	// công dân (CCCD) and the số định danh cá nhân, which is the same number
	// (Luật Căn cước 2023 Art. 12, law.md §7.1).
	IDCanCuoc IDKind = "can-cuoc"
	// IDCMND is the chứng minh nhân dân: the legacy 9-digit number, or the
	// 12-digit CMND of about 2012 on, checked like a căn cước (law.md §7.2).
	IDCMND IDKind = "cmnd"
	// IDPassport is a passport (hộ chiếu), Vietnamese or foreign.
	IDPassport IDKind = "passport"
	// IDOther is any other paper; the caller keeps its description. Only
	// the presence and length of its number are checked.
	IDOther IDKind = "other"
)

// IDKinds returns the kinds in the order the form lists them.
func IDKinds() []IDKind { return []IDKind{IDCanCuoc, IDCMND, IDPassport, IDOther} }

// Label returns the kind in Vietnamese, for the form.
func (k IDKind) Label() string {
	switch k {
	case IDCanCuoc:
		return "Căn cước (CCCD, số định danh cá nhân)"
	case IDCMND:
		return "Chứng minh nhân dân"
	case IDPassport:
		return "Hộ chiếu"
	case IDOther:
		return "Giấy tờ khác"
	}
	return string(k)
}

// numberNoun is how a message names the number of a paper of kind k.
func (k IDKind) numberNoun() string {
	switch k {
	case IDCanCuoc:
		return "Số căn cước"
	case IDCMND:
		return "Số chứng minh nhân dân"
	case IDPassport:
		return "Số hộ chiếu"
	}
	return "Số giấy tờ"
}

// Sex is the sex recorded for a person and encoded in digit 4 of a 12-digit
// number.
type Sex string

// The two sexes digit 4 encodes.
const (
	Male   Sex = "male"
	Female Sex = "female"
)

// Label returns "nam" or "nữ".
func (s Sex) Label() string {
	switch s {
	case Male:
		return "nam"
	case Female:
		return "nữ"
	}
	return string(s)
}

// Severity says whether a problem blocks saving.
type Severity string

const (
	// SeverityError: the number breaks a rule; the record must not be saved
	// until it is corrected.
	SeverityError Severity = "error"
	// SeverityWarning: the number is unusual but may be right (a foreign
	// passport, a CMND after 2024); the clerk is told and may save.
	SeverityWarning Severity = "warning"
)

// IDProblemCode names the rule a problem comes from. Codes are stable: the
// UI and the tests may key on them.
type IDProblemCode string

// The problems CheckID reports.
const (
	ProblemKind         IDProblemCode = "kind"          // unknown kind of paper (error)
	ProblemEmpty        IDProblemCode = "empty"         // no number (error)
	ProblemCharacters   IDProblemCode = "characters"    // a character the kind does not allow (error)
	ProblemLength       IDProblemCode = "length"        // wrong number of characters (error)
	ProblemProvince     IDProblemCode = "province"      // 0xx prefix not in the province table (error)
	ProblemCountry      IDProblemCode = "country"       // prefix ≥ 100: not a province, maybe a country code (warning)
	ProblemCentury      IDProblemCode = "century"       // digit 4 encodes a century that has not begun (error)
	ProblemFutureBirth  IDProblemCode = "future-birth"  // digits 4–6 give a birth year after today's (error)
	ProblemBirthYear    IDProblemCode = "birth-year"    // digits 4–6 disagree with the recorded birth year (error)
	ProblemSex          IDProblemCode = "sex"           // digit 4 disagrees with the recorded sex (error)
	ProblemPassportForm IDProblemCode = "passport-form" // not the Vietnamese letter + 7 digits (warning)
	ProblemCMNDExpired  IDProblemCode = "cmnd-expired"  // a CMND shown after 31/12/2024 (warning)
)

// IDProblem is one thing wrong or unusual about an identity number.
type IDProblem struct {
	Severity Severity
	Code     IDProblemCode
	// Message is Vietnamese and can be shown beside the field as it is.
	Message string
}

// IDProblems is the result of CheckID: errors and warnings, in the order the
// rules were applied. Empty means the number is fine.
type IDProblems []IDProblem

// HasErrors reports whether any problem is an error (saving must be refused).
func (ps IDProblems) HasErrors() bool {
	for _, p := range ps {
		if p.Severity == SeverityError {
			return true
		}
	}
	return false
}

// Err returns nil if there is no error-level problem, and otherwise an
// Invalid *Error whose message joins the error messages with "; ". Warnings
// are left out: they do not block saving.
func (ps IDProblems) Err() error {
	var msgs []string
	for _, p := range ps {
		if p.Severity == SeverityError {
			if len(msgs) > 0 {
				msgs = append(msgs, lowerFirst(p.Message))
			} else {
				msgs = append(msgs, p.Message)
			}
		}
	}
	if len(msgs) == 0 {
		return nil
	}
	return &Error{Kind: Invalid, Message: strings.Join(msgs, "; ")}
}

// IDHolder is what the clerk recorded about the person, for checking the
// number against. Zero fields mean "not recorded" and are not checked.
type IDHolder struct {
	// Birth is the date of birth.
	Birth Date
	// BirthYear is the year of birth when only the year is known (common in
	// the logbook); it is ignored when Birth is given.
	BirthYear int
	// Sex is Male or Female; any other value is treated as not recorded.
	Sex Sex
}

func (h IDHolder) birthYear() int {
	if !h.Birth.IsZero() {
		return h.Birth.Year()
	}
	return h.BirthYear
}

// Province is one entry of the table of birth-registration codes: the first
// three digits of a 12-digit number.
type Province struct {
	Code string // "042"
	Name string // "Hà Tĩnh"
}

// provinces is the table of the 63 province codes, TT 07/2016/TT-BCA Art. 7
// and Phụ lục I, as law.md §7.1 lists them [S45, S46]. The names are those in
// use when the codes were set: a number keeps the code of the province where
// the birth was registered, so a person born in Quảng Bình keeps 044 after
// the 2025 mergers. law.md §7.1: numbers keep these prefixes after 01/7/2025;
// whether new codes were assigned to the 34 merged provinces is UNCONFIRMED,
// so no new code is listed and all 63 are accepted. Adding one is a data
// change here, with its source.
var provinces = []Province{
	{"001", "Hà Nội"}, {"002", "Hà Giang"}, {"004", "Cao Bằng"}, {"006", "Bắc Kạn"}, {"008", "Tuyên Quang"},
	{"010", "Lào Cai"}, {"011", "Điện Biên"}, {"012", "Lai Châu"}, {"014", "Sơn La"}, {"015", "Yên Bái"},
	{"017", "Hòa Bình"}, {"019", "Thái Nguyên"}, {"020", "Lạng Sơn"}, {"022", "Quảng Ninh"}, {"024", "Bắc Giang"},
	{"025", "Phú Thọ"}, {"026", "Vĩnh Phúc"}, {"027", "Bắc Ninh"}, {"030", "Hải Dương"}, {"031", "Hải Phòng"},
	{"033", "Hưng Yên"}, {"034", "Thái Bình"}, {"035", "Hà Nam"}, {"036", "Nam Định"}, {"037", "Ninh Bình"},
	{"038", "Thanh Hóa"}, {"040", "Nghệ An"}, {"042", "Hà Tĩnh"}, {"044", "Quảng Bình"}, {"045", "Quảng Trị"},
	{"046", "Thừa Thiên Huế"}, {"048", "Đà Nẵng"}, {"049", "Quảng Nam"}, {"051", "Quảng Ngãi"}, {"052", "Bình Định"},
	{"054", "Phú Yên"}, {"056", "Khánh Hòa"}, {"058", "Ninh Thuận"}, {"060", "Bình Thuận"}, {"062", "Kon Tum"},
	{"064", "Gia Lai"}, {"066", "Đắk Lắk"}, {"067", "Đắk Nông"}, {"068", "Lâm Đồng"}, {"070", "Bình Phước"},
	{"072", "Tây Ninh"}, {"074", "Bình Dương"}, {"075", "Đồng Nai"}, {"077", "Bà Rịa - Vũng Tàu"}, {"079", "Thành phố Hồ Chí Minh"},
	{"080", "Long An"}, {"082", "Tiền Giang"}, {"083", "Bến Tre"}, {"084", "Trà Vinh"}, {"086", "Vĩnh Long"},
	{"087", "Đồng Tháp"}, {"089", "An Giang"}, {"091", "Kiên Giang"}, {"092", "Cần Thơ"}, {"093", "Hậu Giang"},
	{"094", "Sóc Trăng"}, {"095", "Bạc Liêu"}, {"096", "Cà Mau"},
}

var provinceByCode = func() map[string]Province {
	m := make(map[string]Province, len(provinces))
	for _, p := range provinces {
		m[p.Code] = p
	}
	return m
}()

// Provinces returns the province-code table, in code order.
func Provinces() []Province { return append([]Province(nil), provinces...) }

// ProvinceByCode returns the province with the 3-digit code, if the table
// has it.
func ProvinceByCode(code string) (Province, bool) {
	p, ok := provinceByCode[code]
	return p, ok
}

// centuryCodes is digit 4 of a 12-digit number: the century of birth and the
// sex (NĐ 137/2015/NĐ-CP Art. 13, law.md §7.1 [S47]). Even digits are male,
// odd female, two digits per century from 1900.
var centuryCodes = [10]struct {
	From int // first year of the century
	Sex  Sex
}{
	{1900, Male}, {1900, Female},
	{2000, Male}, {2000, Female},
	{2100, Male}, {2100, Female},
	{2200, Male}, {2200, Female},
	{2300, Male}, {2300, Female},
}

// cmndLastValid is the last day a CMND was valid: Luật Căn cước 2023 ends the
// validity of CMNDs on 31/12/2024 (law.md §7.2, where the date is marked
// UNCONFIRMED; hence only a warning).
var cmndLastValid = NewDate(2024, 12, 31)

// IDBasis returns the texts the identity checks follow: the 12-digit number
// (Luật Căn cước 2023 Art. 12), its digits 1–6 (NĐ 137/2015/NĐ-CP Art. 13) and
// the province codes (TT 07/2016/TT-BCA Art. 7 and Phụ lục I), as law.md §7.1
// cites them.
func IDBasis() []Citation {
	return []Citation{
		{Document: "Luật Căn cước", Article: "12"},
		{Document: "Nghị định 137/2015/NĐ-CP", Number: "137/2015/NĐ-CP", Article: "13"},
		{Document: "Thông tư 07/2016/TT-BCA", Number: "07/2016/TT-BCA", Article: "7"},
	}
}

// Lengths of the numbers.
const (
	IDNumberLength     = 12 // căn cước, CCCD, số định danh cá nhân, CMND-12
	LegacyCMNDLength   = 9  // chứng minh nhân dân of the old kind
	MinPassportLength  = 6  // the shortest passport number accepted (foreign passports, leniently)
	MaxPassportLength  = 12 // the longest
	MaxOtherIDLength   = 50 // the longest number of another paper, in characters
	vnPassportDigits   = 7  // a Vietnamese ordinary passport: 1 letter and 7 digits
	maxQuotedInMessage = 40
)

// NormalizeID returns number as it should be stored and checked: without
// surrounding spaces; for căn cước and CMND also without the spaces, dots and
// hyphens people type between groups of digits ("042 084 000 999"); for a
// passport without spaces and with ASCII letters in upper case. Other papers
// are only trimmed. NormalizeID(k, NormalizeID(k, s)) == NormalizeID(k, s).
func NormalizeID(kind IDKind, number string) string {
	switch kind {
	case IDCanCuoc, IDCMND:
		return strings.Map(func(r rune) rune {
			if r == '.' || r == '-' || unicode.IsSpace(r) {
				return -1
			}
			return r
		}, number)
	case IDPassport:
		return strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			if 'a' <= r && r <= 'z' {
				return r - 'a' + 'A'
			}
			return r
		}, number)
	}
	return strings.TrimSpace(number)
}

// CheckID checks an identity number of the given kind, after NormalizeID,
// against the rules of law.md §7 and against what was recorded about the
// holder, and returns every problem found (nil if none). Errors mean the
// record must not be saved; warnings are shown and the clerk may go on.
//
// today is the day the paper is presented: the current date for a new
// record, the visit or receipt date when an older record is entered. A birth
// year after today's year is an error, and a CMND presented after 31/12/2024
// gets a warning. A zero today skips both checks.
//
// Rules, by kind:
//   - căn cước: 12 digits; the first three a province code (a code from 100
//     up, which may be the country code of a birth registered abroad, is
//     only a warning); digit 4 a century that has begun; digits 4–6 a birth
//     year not after today's and equal to the holder's; digit 4 the holder's
//     sex. There is no check digit (law.md §7.1).
//   - CMND: 9 digits, or 12 digits checked as a căn cước; a warning after
//     2024. The 9-digit prefixes are not checked (law.md §7.2 has only
//     examples).
//   - passport: letters A–Z and digits, 6 to 12 of them (error otherwise); a
//     warning when it is not the Vietnamese form of 1 letter and 7 digits.
//   - other: present, printable, at most MaxOtherIDLength characters.
func CheckID(kind IDKind, number string, holder IDHolder, today Date) IDProblems {
	n := NormalizeID(kind, number)
	switch kind {
	case IDCanCuoc, IDCMND:
		return checkNumeric(kind, n, holder, today)
	case IDPassport:
		return checkPassport(n)
	case IDOther:
		return checkOther(n)
	}
	return IDProblems{idError(ProblemKind, "Loại giấy tờ %s không hợp lệ (chỉ có căn cước, chứng minh nhân dân, hộ chiếu hoặc giấy tờ khác)", quoteShort(string(kind)))}
}

func idError(code IDProblemCode, format string, args ...any) IDProblem {
	return IDProblem{Severity: SeverityError, Code: code, Message: fmt.Sprintf(format, args...)}
}

func idWarning(code IDProblemCode, format string, args ...any) IDProblem {
	return IDProblem{Severity: SeverityWarning, Code: code, Message: fmt.Sprintf(format, args...)}
}

func checkNumeric(kind IDKind, n string, holder IDHolder, today Date) IDProblems {
	noun := kind.numberNoun()
	if n == "" {
		return IDProblems{idError(ProblemEmpty, "Chưa nhập %s", lowerFirst(noun))}
	}
	var ps IDProblems
	if r, ok := firstRune(n, isASCIIDigit); ok {
		ps = append(ps, idError(ProblemCharacters, "%s chỉ gồm chữ số (có ký tự %q)", noun, r))
	}
	length := utf8.RuneCountInString(n)
	switch {
	case kind == IDCanCuoc && length == LegacyCMNDLength && len(ps) == 0:
		ps = append(ps, idError(ProblemLength, "%s phải có đúng %d chữ số (đã nhập %d); số 9 chữ số là số chứng minh nhân dân cũ, hãy chọn loại giấy tờ Chứng minh nhân dân",
			noun, IDNumberLength, length))
	case kind == IDCanCuoc && length != IDNumberLength:
		ps = append(ps, idError(ProblemLength, "%s phải có đúng %d chữ số (đã nhập %d)", noun, IDNumberLength, length))
	case kind == IDCMND && length != IDNumberLength && length != LegacyCMNDLength:
		ps = append(ps, idError(ProblemLength, "%s phải có %d hoặc %d chữ số (đã nhập %d)", noun, LegacyCMNDLength, IDNumberLength, length))
	}
	if len(ps) > 0 {
		return ps
	}
	if length == IDNumberLength {
		ps = checkStructure(n, holder, today)
	}
	if kind == IDCMND && !today.IsZero() && today.After(cmndLastValid) {
		ps = append(ps, idWarning(ProblemCMNDExpired,
			"Chứng minh nhân dân hết giá trị sử dụng sau ngày 31/12/2024; nếu công dân có căn cước, hãy ghi số căn cước (số định danh cá nhân)"))
	}
	return ps
}

// checkStructure applies the rules on digits 1–6 of a 12-digit number.
func checkStructure(n string, holder IDHolder, today Date) IDProblems {
	var ps IDProblems
	code := n[:3]
	if _, ok := provinceByCode[code]; !ok {
		if code[0] == '0' {
			ps = append(ps, idError(ProblemProvince,
				"Mã tỉnh %s (3 chữ số đầu) không có trong danh mục mã tỉnh, thành phố nơi đăng ký khai sinh", code))
		} else {
			ps = append(ps, idWarning(ProblemCountry,
				"Ba chữ số đầu (%s) không phải mã tỉnh, thành phố; nếu công dân đăng ký khai sinh ở nước ngoài thì đây là mã quốc gia (phần mềm chưa có danh mục mã quốc gia), hãy đối chiếu lại với giấy tờ", code))
		}
	}
	c := centuryCodes[n[3]-'0']
	year := c.From + int(n[4]-'0')*10 + int(n[5]-'0')
	if !today.IsZero() {
		if c.From > today.Year() {
			ps = append(ps, idError(ProblemCentury,
				"Chữ số thứ 4 (%c) là mã của người sinh từ năm %d trở đi, chưa thể có", n[3], c.From))
		} else if year > today.Year() {
			ps = append(ps, idError(ProblemFutureBirth,
				"Năm sinh theo số (%d, chữ số thứ 4 đến thứ 6) sau năm hiện tại (%d)", year, today.Year()))
		}
	}
	if by := holder.birthYear(); by != 0 && by != year {
		ps = append(ps, idError(ProblemBirthYear,
			"Năm sinh theo số (%d, chữ số thứ 4 đến thứ 6) khác năm sinh đã ghi (%d)", year, by))
	}
	if (holder.Sex == Male || holder.Sex == Female) && holder.Sex != c.Sex {
		ps = append(ps, idError(ProblemSex,
			"Chữ số thứ 4 (%c) là mã của công dân %s, khác giới tính đã ghi (%s)", n[3], c.Sex.Label(), holder.Sex.Label()))
	}
	return ps
}

func checkPassport(n string) IDProblems {
	noun := IDPassport.numberNoun()
	if n == "" {
		return IDProblems{idError(ProblemEmpty, "Chưa nhập %s", lowerFirst(noun))}
	}
	var ps IDProblems
	if r, ok := firstRune(n, func(r rune) bool { return isASCIIDigit(r) || ('A' <= r && r <= 'Z') }); ok {
		ps = append(ps, idError(ProblemCharacters, "%s chỉ gồm chữ cái không dấu và chữ số (có ký tự %q)", noun, r))
	}
	if length := utf8.RuneCountInString(n); length < MinPassportLength || length > MaxPassportLength {
		ps = append(ps, idError(ProblemLength, "%s phải có từ %d đến %d ký tự (đã nhập %d)", noun, MinPassportLength, MaxPassportLength, length))
	}
	if len(ps) > 0 {
		return ps
	}
	if !isVNPassport(n) {
		ps = append(ps, idWarning(ProblemPassportForm,
			"%s không theo dạng hộ chiếu Việt Nam (1 chữ cái và %d chữ số, ví dụ C1234567); nếu là hộ chiếu nước ngoài, hãy đối chiếu lại với hộ chiếu", noun, vnPassportDigits))
	}
	return ps
}

// isVNPassport reports whether n has the form of a Vietnamese ordinary
// passport number: one letter and seven digits (law.md §7.1, where the format
// is marked UNCONFIRMED; hence a mismatch is only a warning).
func isVNPassport(n string) bool {
	if len(n) != 1+vnPassportDigits || n[0] < 'A' || n[0] > 'Z' {
		return false
	}
	_, bad := firstRune(n[1:], isASCIIDigit)
	return !bad
}

func checkOther(n string) IDProblems {
	noun := IDOther.numberNoun()
	if n == "" {
		return IDProblems{idError(ProblemEmpty, "Chưa nhập %s", lowerFirst(noun))}
	}
	var ps IDProblems
	if !utf8.ValidString(n) {
		ps = append(ps, idError(ProblemCharacters, "%s có ký tự không hợp lệ", noun))
	} else if r, ok := firstRune(n, unicode.IsPrint); ok {
		ps = append(ps, idError(ProblemCharacters, "%s có ký tự không hợp lệ (%q)", noun, r))
	}
	if length := utf8.RuneCountInString(n); length > MaxOtherIDLength {
		ps = append(ps, idError(ProblemLength, "%s quá dài (tối đa %d ký tự, đã nhập %d)", noun, MaxOtherIDLength, length))
	}
	return ps
}

// firstRune returns the first rune of s that ok rejects (utf8.RuneError for
// an invalid byte).
func firstRune(s string, ok func(rune) bool) (rune, bool) {
	for _, r := range s {
		if r == utf8.RuneError || !ok(r) {
			return r, true
		}
	}
	return 0, false
}

func isASCIIDigit(r rune) bool { return '0' <= r && r <= '9' }

// quoteShort quotes s for a message, cut to a few dozen characters so that a
// pasted page does not become the message.
func quoteShort(s string) string {
	if utf8.RuneCountInString(s) <= maxQuotedInMessage {
		return fmt.Sprintf("%q", s)
	}
	r := []rune(s)
	return fmt.Sprintf("%q…", string(r[:maxQuotedInMessage]))
}

// IDInfo is what a 12-digit number says about its holder.
type IDInfo struct {
	// Number is the normalised 12-digit number.
	Number string
	// ProvinceCode is digits 1–3; Province its name, or "" when the code is
	// not in the province table (possibly a country code).
	ProvinceCode string
	Province     string
	Sex          Sex
	BirthYear    int
}

// String describes the holder for display: "Nam, sinh năm 1984, đăng ký khai
// sinh tại Hà Tĩnh (mã 042)".
func (i IDInfo) String() string {
	place := fmt.Sprintf("đăng ký khai sinh tại %s (mã %s)", i.Province, i.ProvinceCode)
	if i.Province == "" {
		place = fmt.Sprintf("mã nơi đăng ký khai sinh %s (không có trong danh mục mã tỉnh, thành phố)", i.ProvinceCode)
	}
	return fmt.Sprintf("%s, sinh năm %d, %s", upperFirst(i.Sex.Label()), i.BirthYear, place)
}

// DescribeID decodes a 12-digit number (căn cước, CCCD, số định danh cá nhân
// or CMND-12), after NormalizeID: the province of birth registration, the
// sex and the birth year. It does not check the number (CheckID does); it
// returns an Invalid *Error only if the number is not 12 digits.
func DescribeID(number string) (IDInfo, error) {
	n := NormalizeID(IDCanCuoc, number)
	if _, bad := firstRune(n, isASCIIDigit); bad || len(n) != IDNumberLength {
		return IDInfo{}, errorf(Invalid, "Số %s không phải số định danh gồm %d chữ số", quoteShort(n), IDNumberLength)
	}
	c := centuryCodes[n[3]-'0']
	return IDInfo{
		Number:       n,
		ProvinceCode: n[:3],
		Province:     provinceByCode[n[:3]].Name,
		Sex:          c.Sex,
		BirthYear:    c.From + int(n[4]-'0')*10 + int(n[5]-'0'),
	}, nil
}
