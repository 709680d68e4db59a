package law

// RefusalGround is a ground on which reception may be refused (từ chối tiếp
// công dân), with whether the head must issue the written Thông báo từ chối
// tiếp công dân (Mẫu 01/TCD) within 03 ngày làm việc (law.md §2.3).
type RefusalGround struct {
	// ID is stable, stored with the visit.
	ID string
	// Text is the ground as the logbook and the notice state it.
	Text string
	// Citation names the provision.
	Citation string
	// NeedsNotice: the written notice is required (Art. 9.3 and point h).
	NeedsNotice bool
	// From is the first day the ground applies (the NĐ 154/2026 grounds from
	// 01/7/2026); zero for the Law's own grounds.
	From Date
}

var nd154 = NewDate(2026, 7, 1)

var refusalGrounds = []RefusalGround{
	{ID: "say-ruou-tam-than", Text: "Người trong tình trạng say do dùng chất kích thích, người mắc bệnh tâm thần hoặc bệnh khác làm mất khả năng nhận thức, điều khiển hành vi", Citation: "Khoản 1 Điều 9 Luật Tiếp công dân"},
	{ID: "de-doa-xuc-pham", Text: "Người có hành vi đe dọa, xúc phạm cơ quan, tổ chức, đơn vị, người tiếp công dân, người thi hành công vụ hoặc vi phạm nội quy nơi tiếp công dân", Citation: "Khoản 2 Điều 9 Luật Tiếp công dân"},
	{ID: "da-giai-quyet-dung", Text: "Người khiếu nại, tố cáo về vụ việc đã giải quyết đúng chính sách, pháp luật, được cơ quan có thẩm quyền kiểm tra, rà soát, thông báo bằng văn bản và đã được tiếp, giải thích, hướng dẫn nhưng vẫn cố tình khiếu nại, tố cáo kéo dài", Citation: "Khoản 3 Điều 9 Luật Tiếp công dân", NeedsNotice: true},
	{ID: "vu-khi", Text: "Mang theo vũ khí, chất nổ, vật dụng nguy hiểm và không chấp hành việc gửi lại", Citation: "Điểm a khoản 1 Điều 4 Nghị định 154/2026/NĐ-CP", From: nd154},
	{ID: "khong-kiem-tra-an-ninh", Text: "Không chấp hành việc kiểm tra an ninh", Citation: "Điểm b khoản 1 Điều 4 Nghị định 154/2026/NĐ-CP", From: nd154},
	{ID: "ghi-hinh-trai-phep", Text: "Ghi âm, ghi hình, phát trực tiếp trái với hướng dẫn của người chủ trì hoặc gây mất trật tự", Citation: "Điểm c khoản 1 Điều 4 Nghị định 154/2026/NĐ-CP", From: nd154},
	{ID: "kich-dong", Text: "Kích động, gây rối trật tự công cộng", Citation: "Điểm d khoản 1 Điều 4 Nghị định 154/2026/NĐ-CP", From: nd154},
	{ID: "mat-nang-luc", Text: "Không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp", Citation: "Điểm đ khoản 1 Điều 4 Nghị định 154/2026/NĐ-CP", From: nd154},
	{ID: "khong-giay-uy-quyen", Text: "Người đại diện, người được ủy quyền không có giấy tờ chứng minh", Citation: "Điểm e khoản 1 Điều 4 Nghị định 154/2026/NĐ-CP", From: nd154},
	{ID: "khong-thuoc-noi-dung", Text: "Nội dung không phải khiếu nại, tố cáo, kiến nghị, phản ánh", Citation: "Điểm g khoản 1 Điều 4 Nghị định 154/2026/NĐ-CP", From: nd154},
	{ID: "kien-nghi-lap-lai", Text: "Kiến nghị, phản ánh lặp lại nội dung đã được trả lời mà không có thông tin, tài liệu mới", Citation: "Điểm h khoản 1 Điều 4 Nghị định 154/2026/NĐ-CP", NeedsNotice: true, From: nd154},
	{ID: "da-co-ban-an", Text: "Vụ việc đã được giải quyết bằng bản án, quyết định của Tòa án đã có hiệu lực pháp luật, không thuộc trường hợp xem xét lại", Citation: "Điểm i khoản 1 Điều 4 Nghị định 154/2026/NĐ-CP", From: nd154},
	{ID: "co-quan-khac-thu-ly", Text: "Vụ việc đã được cơ quan có thẩm quyền khác thụ lý", Citation: "Điểm k khoản 1 Điều 4 Nghị định 154/2026/NĐ-CP", From: nd154},
	{ID: "truong-hop-khac", Text: "Các trường hợp khác theo quy định của pháp luật", Citation: "Khoản 4 Điều 9 Luật Tiếp công dân"},
}

// RefusalGrounds returns the grounds that apply on day d, in the law's order.
func RefusalGrounds(d Date) []RefusalGround {
	var out []RefusalGround
	for _, g := range refusalGrounds {
		if g.From.IsZero() || !d.Before(g.From) {
			out = append(out, g)
		}
	}
	return out
}

// RefusalGroundByID returns the ground id if it applies on day d.
func RefusalGroundByID(id string, d Date) (RefusalGround, bool) {
	for _, g := range RefusalGrounds(d) {
		if g.ID == id {
			return g, true
		}
	}
	return RefusalGround{}, false
}
