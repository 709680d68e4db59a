package app

import "tiepdan/app/domain"

// The word lists of the demo data (demo.go): names, places, bodies and the
// matters people bring to a ward in Hà Tĩnh. The names and places are
// invented or generic; no real person's data.

// demoTopic is a kind of matter: its classification, its lĩnh vực (the
// statistics list, law.md §8.2), how often it comes, whether a group may
// bring it, and where a clerk would guide or transfer it.
type demoTopic struct {
	kind   domain.ContentKind
	field  string
	weight int
	group  bool
	// summary may hold {tdp}, {thua}, {to}, {qd}, {duong}, {kdc}, {nam}.
	summary         string
	guide, transfer []string
}

// The lĩnh vực, as the visit form lists them.
const (
	fieldPolicy  = "Chế độ, chính sách"
	fieldLand    = "Đất đai, nhà cửa"
	fieldCivil   = "Công chức, công vụ"
	fieldJustice = "Tư pháp"
	fieldParty   = "Đảng, đoàn thể"
	fieldGraft   = "Tham nhũng"
	fieldOther   = "Lĩnh vực khác"
)

// Bodies a visit is guided or transferred to.
const (
	bodyLandOffice  = "Văn phòng Đăng ký đất đai tỉnh Hà Tĩnh"
	bodyAgriculture = "Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh"
	bodyConstruct   = "Sở Xây dựng tỉnh Hà Tĩnh"
	bodyInspector   = "Thanh tra tỉnh Hà Tĩnh"
	bodyCourt       = "Tòa án nhân dân khu vực 1 - Hà Tĩnh"
	bodyInsurance   = "Bảo hiểm xã hội tỉnh Hà Tĩnh"
	bodyHome        = "Sở Nội vụ tỉnh Hà Tĩnh"
	bodyHealth      = "Sở Y tế tỉnh Hà Tĩnh"
	bodyJustice     = "Sở Tư pháp tỉnh Hà Tĩnh"
	bodyLegalAid    = "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hà Tĩnh"
	bodyProvince    = "Ủy ban nhân dân tỉnh Hà Tĩnh"
	bodyPolice      = "Công an tỉnh Hà Tĩnh"
	bodyOneStop     = "Trung tâm Phục vụ hành chính công phường Hà Huy Tập"
	bodyPower       = "Công ty Điện lực Hà Tĩnh"
	bodyWater       = "Công ty Cổ phần Cấp nước Hà Tĩnh"
	bodyPartyCheck  = "Ủy ban Kiểm tra Đảng ủy phường Hà Huy Tập"
	bodyJobs        = "Trung tâm Dịch vụ việc làm tỉnh Hà Tĩnh"
	bodyNotary      = "Phòng Công chứng số 1 tỉnh Hà Tĩnh"
)

// demoTopics are weighted so that land and housing dominate, kiến nghị and
// phản ánh are most visits, and tố cáo are a few.
var demoTopics = []demoTopic{
	// Kiến nghị.
	{domain.ContentRecommendation, fieldLand, 6, false, "Đề nghị cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất đối với thửa đất số {thua}, tờ bản đồ số {to}, Tổ dân phố {tdp}",
		[]string{bodyLandOffice, bodyOneStop}, []string{bodyLandOffice}},
	{domain.ContentRecommendation, fieldLand, 3, false, "Đề nghị xác nhận nguồn gốc, thời điểm sử dụng đất thửa số {thua}, tờ bản đồ số {to} để làm thủ tục chuyển mục đích sang đất ở",
		[]string{bodyLandOffice, bodyAgriculture}, []string{bodyLandOffice}},
	{domain.ContentRecommendation, fieldLand, 4, true, "Kiến nghị xem xét lại đơn giá bồi thường, hỗ trợ khi thu hồi đất thực hiện dự án nâng cấp, mở rộng đường {duong}",
		[]string{bodyAgriculture}, []string{bodyAgriculture, bodyProvince}},
	{domain.ContentRecommendation, fieldLand, 3, false, "Đề nghị hòa giải tranh chấp ranh giới thửa đất với hộ liền kề tại Tổ dân phố {tdp}",
		[]string{bodyCourt}, []string{bodyLandOffice}},
	{domain.ContentRecommendation, fieldPolicy, 2, false, "Đề nghị xem xét cho hưởng trợ cấp xã hội hằng tháng đối với người cao tuổi từ đủ 75 tuổi",
		[]string{bodyHealth, bodyOneStop}, []string{bodyHealth}},
	{domain.ContentRecommendation, fieldPolicy, 2, false, "Đề nghị xét công nhận hộ cận nghèo năm {nam} cho gia đình",
		[]string{bodyOneStop}, []string{bodyHealth}},
	{domain.ContentRecommendation, fieldPolicy, 1, false, "Kiến nghị giải quyết chế độ trợ cấp cho thân nhân người có công với cách mạng",
		[]string{bodyHome}, []string{bodyHome}},
	{domain.ContentRecommendation, fieldOther, 2, true, "Kiến nghị lắp đặt điện chiếu sáng công cộng và bê tông hóa đường nội bộ Tổ dân phố {tdp}",
		[]string{bodyPower}, []string{bodyPower, bodyConstruct}},
	{domain.ContentRecommendation, fieldJustice, 1, false, "Đề nghị hướng dẫn thủ tục khai nhận di sản thừa kế là quyền sử dụng đất của bố mẹ để lại",
		[]string{bodyNotary, bodyLandOffice}, []string{bodyJustice}},
	{domain.ContentRecommendation, fieldPolicy, 1, true, "Kiến nghị giải quyết chế độ bảo hiểm xã hội một lần cho người lao động của doanh nghiệp đã ngừng hoạt động",
		[]string{bodyInsurance}, []string{bodyInsurance}},

	// Phản ánh.
	{domain.ContentFeedback, fieldLand, 3, true, "Phản ánh hộ gia đình xây dựng công trình lấn chiếm hành lang an toàn đường bộ trên đường {duong}",
		[]string{bodyConstruct}, []string{bodyConstruct}},
	{domain.ContentFeedback, fieldLand, 3, false, "Phản ánh việc xây dựng nhà ở không phép tại Tổ dân phố {tdp} gây lún, nứt tường nhà liền kề",
		[]string{bodyCourt}, []string{bodyConstruct}},
	{domain.ContentFeedback, fieldOther, 3, true, "Phản ánh tình trạng đổ trộm rác thải, phế thải xây dựng tại khu đất trống Tổ dân phố {tdp}",
		[]string{bodyAgriculture}, []string{bodyAgriculture}},
	{domain.ContentFeedback, fieldOther, 3, true, "Phản ánh mương thoát nước Tổ dân phố {tdp} bị bồi lấp, gây ngập úng khi mưa lớn",
		[]string{bodyConstruct}, []string{bodyConstruct}},
	{domain.ContentFeedback, fieldOther, 2, false, "Phản ánh cơ sở kinh doanh karaoke tại Tổ dân phố {tdp} hoạt động gây tiếng ồn sau 22 giờ",
		[]string{demoWardPolice}, []string{demoWardPolice}},
	{domain.ContentFeedback, fieldCivil, 1, false, "Phản ánh thái độ, tác phong của công chức khi tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công phường",
		[]string{bodyHome}, []string{bodyHome}},
	{domain.ContentFeedback, fieldOther, 2, true, "Phản ánh cơ sở chế biến hải sản xả nước thải chưa qua xử lý gây ô nhiễm môi trường khu dân cư Tổ dân phố {tdp}",
		[]string{bodyAgriculture}, []string{bodyAgriculture}},
	{domain.ContentFeedback, fieldOther, 1, false, "Phản ánh nước sinh hoạt tại Tổ dân phố {tdp} bị đục, mất nước kéo dài",
		[]string{bodyWater}, []string{bodyWater}},

	// Khiếu nại.
	{domain.ContentComplaint, fieldLand, 4, true, "Khiếu nại Quyết định số {qd}/QĐ-UBND về việc thu hồi đất để thực hiện dự án {kdc}",
		[]string{bodyProvince, bodyCourt}, []string{bodyAgriculture}},
	{domain.ContentComplaint, fieldLand, 3, false, "Khiếu nại Quyết định xử phạt vi phạm hành chính số {qd}/QĐ-XPHC trong lĩnh vực xây dựng",
		[]string{bodyCourt}, []string{bodyConstruct}},
	{domain.ContentComplaint, fieldLand, 3, false, "Khiếu nại việc không giải quyết hồ sơ đăng ký biến động đất đai thửa số {thua}, tờ bản đồ số {to}",
		[]string{bodyLandOffice}, []string{bodyLandOffice}},
	{domain.ContentComplaint, fieldPolicy, 2, false, "Khiếu nại việc dừng chi trả trợ cấp xã hội hằng tháng",
		[]string{bodyHealth}, []string{bodyHealth}},
	{domain.ContentComplaint, fieldCivil, 1, false, "Khiếu nại hành vi của công chức địa chính không tiếp nhận hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất",
		[]string{bodyInspector}, []string{bodyInspector}},
	{domain.ContentComplaint, fieldOther, 1, true, "Khiếu nại việc thu phí vệ sinh môi trường không đúng quy định tại Tổ dân phố {tdp}",
		[]string{bodyAgriculture}, []string{bodyAgriculture}},

	// Tố cáo: the denouncer's identity is sealed when saved.
	{domain.ContentDenunciation, fieldCivil, 2, false, "Tố cáo công chức có hành vi gây khó khăn, nhũng nhiễu khi giải quyết hồ sơ đất đai",
		nil, []string{bodyInspector}},
	{domain.ContentDenunciation, fieldGraft, 1, false, "Tố cáo việc thu, chi quỹ đóng góp xây dựng nhà văn hóa Tổ dân phố {tdp} không công khai, có dấu hiệu tư lợi",
		nil, []string{bodyInspector, bodyPolice}},
	{domain.ContentDenunciation, fieldLand, 2, false, "Tố cáo hộ gia đình tự ý san lấp, xây dựng công trình trên đất nông nghiệp tại Tổ dân phố {tdp}",
		nil, []string{demoWardPolice, bodyAgriculture}},
	{domain.ContentDenunciation, fieldParty, 1, false, "Tố cáo đảng viên sinh hoạt tại chi bộ Tổ dân phố {tdp} vi phạm quy định về những điều đảng viên không được làm",
		nil, []string{bodyPartyCheck}},

	// Nhiều nội dung.
	{domain.ContentMixed, fieldLand, 2, false, "Đơn vừa khiếu nại việc thu hồi đất, vừa tố cáo cán bộ đo đạc làm sai lệch diện tích thửa đất số {thua}, tờ bản đồ số {to}",
		[]string{bodyInspector, bodyProvince}, nil},
	{domain.ContentMixed, fieldPolicy, 1, false, "Đơn vừa kiến nghị về chế độ trợ cấp, vừa khiếu nại kết quả bình xét hộ nghèo tại Tổ dân phố {tdp}",
		[]string{bodyHealth}, nil},

	// Không thuộc nội dung khiếu nại, tố cáo, kiến nghị, phản ánh.
	{domain.ContentOther, fieldJustice, 2, false, "Hỏi thủ tục đăng ký kết hôn và cấp giấy xác nhận tình trạng hôn nhân",
		[]string{bodyOneStop}, nil},
	{domain.ContentOther, fieldJustice, 2, false, "Đề nghị tư vấn việc chia tài sản chung khi ly hôn",
		[]string{bodyCourt, bodyLegalAid}, nil},
	{domain.ContentOther, fieldOther, 2, false, "Đề nghị giúp đỡ giới thiệu việc làm cho con đã tốt nghiệp đại học",
		[]string{bodyJobs}, nil},
}

// Fallbacks when a topic names no body for an outcome.
var (
	demoGuideBodies    = []string{bodyOneStop}
	demoTransferBodies = []string{bodyInspector}
)

// demoRefusals are the grounds of the rare refusal at a first visit, and
// demoComplaintRefusals those only a complaint gets; one that does not apply
// on the day (the NĐ 154/2026 grounds before 01/7/2026) leaves the visit's
// outcome as it was.
var (
	demoRefusals          = []string{"say-ruou-tam-than", "de-doa-xuc-pham", "khong-giay-uy-quyen"}
	demoComplaintRefusals = []string{"co-quan-khac-thu-ly", "da-co-ban-an"}
)

// Who takes part in the Chairman's sittings.
var (
	demoPeriodicGuests = []string{
		"Đại diện Ủy ban Mặt trận Tổ quốc Việt Nam phường",
		"Phòng Kinh tế, Hạ tầng và Đô thị",
		"Phòng Văn hóa - Xã hội",
		"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường",
		demoWardPolice,
	}
	demoAdhocGuests = []string{
		"Thường trực Hội đồng nhân dân phường",
		"Ủy ban Mặt trận Tổ quốc Việt Nam phường",
		"Hội Nông dân phường",
		"Ban thanh tra nhân dân phường",
	}
	demoAdhocExtra = []string{
		demoWardPolice,
		"Hội Cựu chiến binh phường",
		"Hội Liên hiệp Phụ nữ phường",
		"Phòng Kinh tế, Hạ tầng và Đô thị",
	}
	demoAssignments = []string{
		"Giao Phòng Kinh tế, Hạ tầng và Đô thị kiểm tra hiện trạng, xác minh nguồn gốc sử dụng đất, tham mưu Chủ tịch Ủy ban nhân dân phường giải quyết theo quy định.",
		"Giao Phòng Văn hóa - Xã hội rà soát hồ sơ, đối chiếu chế độ, chính sách, tham mưu trả lời công dân.",
		"Giao Phòng Kinh tế, Hạ tầng và Đô thị phối hợp với Công an phường kiểm tra, xử lý các vi phạm công dân phản ánh.",
		"Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam phường tổ chức đối thoại với các hộ dân.",
	}
)

// Names. Family names are weighted roughly as common in Hà Tĩnh.
var (
	demoFamilyNames = []weighted[string]{
		{"Nguyễn", 28}, {"Trần", 10}, {"Lê", 9}, {"Phan", 7}, {"Võ", 6}, {"Hoàng", 5}, {"Phạm", 5}, {"Đặng", 5},
		{"Bùi", 4}, {"Hồ", 4}, {"Dương", 3}, {"Đỗ", 3}, {"Ngô", 3}, {"Thái", 2}, {"Trương", 2}, {"Đinh", 2},
		{"Vũ", 2}, {"Huỳnh", 1}, {"Lý", 1},
	}
	demoMaleMiddle   = []string{"Văn", "Văn", "Văn", "Hữu", "Đình", "Xuân", "Quang", "Minh", "Đức", "Công", "Ngọc", "Thanh", "Trọng", "Bá", "Anh"}
	demoFemaleMiddle = []string{"Thị", "Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng", "Kim", "Phương", "Thùy", "Bích"}
	demoMaleGiven    = []string{"Hùng", "Dũng", "Tuấn", "Hải", "Long", "Nam", "Sơn", "Thắng", "Cường", "Bình", "Hòa", "Lâm", "Phúc",
		"Tâm", "Thành", "Trung", "Vinh", "Quân", "Hiếu", "Khánh", "Lợi", "Đức", "Hoàng", "Toàn", "Nghĩa", "Tú", "Kiên", "Mạnh",
		"Hưng", "Lộc", "Tài", "Thịnh", "Đạt", "Chiến", "Quyết"}
	demoFemaleGiven = []string{"Lan", "Hoa", "Hương", "Mai", "Hằng", "Nga", "Thủy", "Hạnh", "Loan", "Liên", "Nhung", "Thảo",
		"Trang", "Yến", "Dung", "Hiền", "Huyền", "Linh", "Oanh", "Vân", "Xuân", "Hà", "Ngân", "Quyên", "Tuyết", "Sen", "Nhàn"}
)

// demoTDP is the number of tổ dân phố of the ward.
const demoTDP = 22

// Places and numbers.
var (
	demoCommunes       = []string{"Thạch Lạc", "Đồng Tiến", "Thạch Khê", "Cẩm Bình", "Thạch Hà", "Thạch Xuân"}
	demoVillages       = []string{"Tân Phúc", "Đông Văn", "Trung Tiến", "Bắc Sơn", "Yên Thịnh", "Nam Hà"}
	demoNearbyWards    = []string{"Thành Sen", "Trần Phú"}
	demoStreets        = []string{"Hà Huy Tập", "Nguyễn Du", "Xuân Diệu", "Hải Thượng Lãn Ông", "Lê Duẩn", "Võ Liêm Sơn"}
	demoProjects       = []string{"khu dân cư phía Tây đường Hà Huy Tập", "khu đô thị Bắc Nguyễn Du", "đường vành đai phía Đông", "khu tái định cư Tổ dân phố 9"}
	demoOtherProvinces = []string{"040", "044", "038", "045", "001"}
	demoPhonePrefixes  = []string{"090", "091", "093", "094", "096", "097", "098"}
)
