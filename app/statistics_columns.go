package app

import (
	"tiepdan/app/domain"
	"tiepdan/store"
)

// How every printed column of the biểu of TT 01/2024/TT-TTCP is counted
// (forms.md §4, law.md §4 and §8). One row per column: the table's code, the
// column's printed number, its written definition in Vietnamese (shown in
// the tooltip of the report screen), and either the records behind it (a
// store.StatQuery: the same SQL gives the number and its drill-down) or the
// columns it is the sum of. Totals are computed from their parts, so the
// printed identities hold by construction; the others hold because the
// parts split one set of records by one attribute (kind, lĩnh vực, tình
// trạng, thẩm quyền, cách xử lý), which the tests assert.
//
// The rules shared by many rows (the English comment above each row says
// which apply):
//   - the period is From–To, both days included; a visit is in it by the
//     date of received_at, a petition by received_on, an action or a case
//     step by its date, a sitting by its date;
//   - "kỳ trước chuyển sang": received before From and not handled at From
//     (no closing action — any but urge and reply-received — dated before
//     From); "tiếp nhận trong kỳ": received From–To; "phải xử lý": either;
//   - "đã xử lý": a closing action dated on or before To; "cách xử lý" is
//     the first such action;
//   - "đủ điều kiện xử lý" (set S below): phải xử lý, đã xử lý, marked
//     eligible, of kind khiếu nại, tố cáo, kiến nghị or phản ánh. A đơn of
//     nhiều nội dung is counted among the đơn phải xử lý of 01/XLD only: the
//     clerk splits it into đơn of one kind each (Luật TCD Art. 25.3);
//   - "vụ việc" of đơn: the matters of the đơn counted, each once, and
//     classified by its first đơn among them (received first);
//   - a vụ việc of 01/TCD is classified per block: "lần đầu" when the first
//     of its visits in the block and period is its first visit ever.

// statRule is how one printed column is counted.
type statRule struct {
	table, number string
	// def is the written definition, in Vietnamese.
	def string
	// query is the records behind the number; sum, when set instead, the
	// columns of the same table it is the sum of.
	query store.StatQuery
	sum   []string
}

// Shorthands for the rules below.
var (
	pCarried  = store.PetitionCarriedOver
	pReceived = store.PetitionReceivedIn
	pDue      = store.PetitionOr(store.PetitionCarriedOver, store.PetitionReceivedIn)
	pHandled  = store.PetitionHandled
	pWithin   = store.PetitionWithinCompetence
	pOutside  = store.PetitionNot(store.PetitionWithinCompetence)
	pKN       = store.PetitionKindIn(domain.ContentComplaint)
	pTC       = store.PetitionKindIn(domain.ContentDenunciation)
	pKP       = store.PetitionKindIn(domain.ContentRecommendation, domain.ContentFeedback)
	pThree    = store.PetitionKindIn(domain.ContentComplaint, domain.ContentDenunciation, domain.ContentRecommendation, domain.ContentFeedback)
	// pGuided: handled by hướng dẫn (a trả lại đơn goes back with guidance,
	// TT 05/2021); pTransferred: by chuyển đơn.
	pGuided      = store.PetitionResultIn(domain.ActionGuide, domain.ActionReturn)
	pTransferred = store.PetitionResultIn(domain.ActionTransfer)
	pSentOn      = store.PetitionResultIn(domain.ActionGuide, domain.ActionReturn, domain.ActionTransfer)
	pRepeatTC    = store.PetitionPriorIn(domain.PriorOverdue, domain.PriorConcluded)

	cKN = store.CaseKindIn(domain.CaseComplaintFirst, domain.CaseComplaintSecond)
	cTC = store.CaseKindIn(domain.CaseDenunciation)
)

// eligible is set S for the kinds cond: đơn phải xử lý, đã xử lý, đủ điều
// kiện xử lý, of kind cond.
func eligible(kind store.PetitionCond) []store.PetitionCond {
	return []store.PetitionCond{pDue, pHandled, store.PetitionEligible, kind}
}

// with is conds and more.
func with(conds []store.PetitionCond, more ...store.PetitionCond) []store.PetitionCond {
	return append(append([]store.PetitionCond{}, conds...), more...)
}

// pets counts đơn; matters counts the vụ việc of the đơn meeting base,
// classified by class.
func pets(conds ...store.PetitionCond) store.StatQuery { return store.StatPetitions(conds...) }
func matters(base []store.PetitionCond, class ...store.PetitionCond) store.StatQuery {
	return store.StatPetitionMatters(base, class...)
}

func sum(cols ...string) []string { return cols }

// Figures of the cases of kind: of their decisions in the period (01/KQGQ,
// 03/KQGQ), of the decisions to carry out (02/KQGQ, 04/KQGQ phải thu, phải
// trả) and of their enforcement in the period (đã thu, đã trả, đã xử lý).
func decided(kind store.CaseCond, field string) store.StatQuery {
	return store.StatStepFigure(domain.StepDecide, field, true, kind)
}
func owed(kind store.CaseCond, field string) store.StatQuery {
	return store.StatStepFigure(domain.StepDecide, field, false, kind, store.CaseToEnforce)
}
func done(kind store.CaseCond, field string) store.StatQuery {
	return store.StatStepFigure(domain.StepEnforce, field, true, kind)
}

// tcEnded: a tố cáo case ended in the period (decided, withdrawn whole,
// terminated); tcRepeat: its đơn is a tố cáo tiếp.
var (
	tcEnded  = store.CaseOr(store.CaseDecidedIn, store.CaseWithdrawnIn, store.CaseTerminatedIn)
	tcRepeat = store.CasePetitionIs(pRepeatTC)
)

// tcResult is a tố cáo case decided in the period with result r, a tố cáo
// tiếp only when repeat.
func tcResult(r domain.Result, repeat bool) store.StatQuery {
	conds := []store.CaseCond{cTC, store.CaseDecidedIn, store.CaseResultIn(r)}
	if repeat {
		conds = append(conds, tcRepeat)
	}
	return store.StatCases(conds...)
}

var (
	regular   = store.BlockRegular
	chair     = store.BlockChair
	delegated = store.BlockDelegated

	sKN = eligible(pKN)
	sTC = eligible(pTC)
	sKP = eligible(pKP)
	s3  = eligible(pThree)
	// rTCD: đơn received through reception in the period (02/TCD).
	rTCD = []store.PetitionCond{pReceived, store.PetitionSourceIn(domain.SourceReception), pThree}
)

// statRules is every column of every table.
var statRules = []statRule{
	// ---- 01/TCD: visits (lượt), their people, their vụ việc; sittings (kỳ).
	// Totals: sum of the three blocks.
	{"01/TCD", "1", "Tổng số lượt tiếp = cột 4 + cột 13 + cột 22.", store.StatQuery{}, sum("4", "13", "22")},
	{"01/TCD", "2", "Tổng số người được tiếp = cột 5 + cột 14 + cột 23.", store.StatQuery{}, sum("5", "14", "23")},
	{"01/TCD", "3", "Tổng số vụ việc tiếp = cột 6 + cột 7 + cột 15 + cột 16 + cột 24 + cột 25 (mỗi khối đếm riêng).", store.StatQuery{}, sum("6", "7", "15", "16", "24", "25")},
	// Regular block: visits in sittings of kind regular, by the date of received_at.
	{"01/TCD", "4", "Số lượt tiếp (mỗi dòng sổ tiếp công dân) trong các buổi tiếp thường xuyên, ngày tiếp trong kỳ.", store.StatVisits(regular, false), nil},
	// Sum of people_count of those visits.
	{"01/TCD", "5", "Số người được tiếp: cộng số người của các lượt tiếp ở cột 4.", store.StatVisitPeople(regular, false), nil},
	// Matters of those visits whose first visit ever is among them.
	{"01/TCD", "6", "Số vụ việc của các lượt tiếp ở cột 4 được tiếp lần đầu (lượt tiếp đầu tiên của vụ việc nằm trong kỳ, ở tiếp thường xuyên); mỗi vụ việc đếm một lần.", store.StatVisitMatters(regular, false, false), nil},
	// The other matters of those visits (received before).
	{"01/TCD", "7", "Số vụ việc của các lượt tiếp ở cột 4 đã được tiếp trước đó (tiếp nhiều lần); mỗi vụ việc đếm một lần.", store.StatVisitMatters(regular, false, true), nil},
	// Visits of 5 people or more (Luật TCD Art. 29), regular block.
	{"01/TCD", "8", "Số đoàn đông người được tiếp: lượt tiếp thường xuyên có từ 05 người trở lên.", store.StatVisits(regular, true), nil},
	{"01/TCD", "9", "Số người của các đoàn ở cột 8.", store.StatVisitPeople(regular, true), nil},
	{"01/TCD", "10", "Số vụ việc của các đoàn ở cột 8 được tiếp lần đầu.", store.StatVisitMatters(regular, true, false), nil},
	{"01/TCD", "11", "Số vụ việc của các đoàn ở cột 8 đã được tiếp trước đó (tiếp nhiều lần).", store.StatVisitMatters(regular, true, true), nil},
	// Chairman block: periodic and ad hoc sittings not marked "ủy quyền" in chủ trì.
	{"01/TCD", "12", "Số kỳ tiếp định kỳ, đột xuất do Chủ tịch trực tiếp chủ trì, ngày tiếp trong kỳ (kể cả kỳ không có công dân đến).", store.StatSittings(chair), nil},
	{"01/TCD", "13", "Số lượt tiếp trong các kỳ tiếp ở cột 12.", store.StatVisits(chair, false), nil},
	{"01/TCD", "14", "Số người được tiếp: cộng số người của các lượt tiếp ở cột 13.", store.StatVisitPeople(chair, false), nil},
	{"01/TCD", "15", "Số vụ việc của các lượt tiếp ở cột 13 được tiếp lần đầu.", store.StatVisitMatters(chair, false, false), nil},
	{"01/TCD", "16", "Số vụ việc của các lượt tiếp ở cột 13 đã được tiếp trước đó (tiếp nhiều lần).", store.StatVisitMatters(chair, false, true), nil},
	{"01/TCD", "17", "Số đoàn đông người (từ 05 người) trong các lượt tiếp ở cột 13.", store.StatVisits(chair, true), nil},
	{"01/TCD", "18", "Số người của các đoàn ở cột 17.", store.StatVisitPeople(chair, true), nil},
	{"01/TCD", "19", "Số vụ việc của các đoàn ở cột 17 được tiếp lần đầu.", store.StatVisitMatters(chair, true, false), nil},
	{"01/TCD", "20", "Số vụ việc của các đoàn ở cột 17 đã được tiếp trước đó (tiếp nhiều lần).", store.StatVisitMatters(chair, true, true), nil},
	// Delegated block: periodic and ad hoc sittings whose chủ trì says "ủy quyền".
	{"01/TCD", "21", "Số kỳ tiếp định kỳ, đột xuất do người được Chủ tịch ủy quyền chủ trì (ô Người chủ trì ghi \"ủy quyền\"), ngày tiếp trong kỳ.", store.StatSittings(delegated), nil},
	{"01/TCD", "22", "Số lượt tiếp trong các kỳ tiếp ở cột 21.", store.StatVisits(delegated, false), nil},
	{"01/TCD", "23", "Số người được tiếp: cộng số người của các lượt tiếp ở cột 22.", store.StatVisitPeople(delegated, false), nil},
	{"01/TCD", "24", "Số vụ việc của các lượt tiếp ở cột 22 được tiếp lần đầu.", store.StatVisitMatters(delegated, false, false), nil},
	{"01/TCD", "25", "Số vụ việc của các lượt tiếp ở cột 22 đã được tiếp trước đó (tiếp nhiều lần).", store.StatVisitMatters(delegated, false, true), nil},
	{"01/TCD", "26", "Số đoàn đông người (từ 05 người) trong các lượt tiếp ở cột 22.", store.StatVisits(delegated, true), nil},
	{"01/TCD", "27", "Số người của các đoàn ở cột 26.", store.StatVisitPeople(delegated, true), nil},
	{"01/TCD", "28", "Số vụ việc của các đoàn ở cột 26 được tiếp lần đầu.", store.StatVisitMatters(delegated, true, false), nil},
	{"01/TCD", "29", "Số vụ việc của các đoàn ở cột 26 đã được tiếp trước đó (tiếp nhiều lần).", store.StatVisitMatters(delegated, true, true), nil},

	// ---- 01/XLD: every đơn (all kinds).
	{"01/XLD", "1", "Tổng số đơn phải xử lý = cột 2 + cột 3.", store.StatQuery{}, sum("2", "3")},
	// Received before From, no closing action dated before From.
	{"01/XLD", "2", "Đơn kỳ trước chuyển sang: nhận trước ngày đầu kỳ và đến ngày đầu kỳ chưa xử lý xong (chưa có hướng dẫn, chuyển đơn, đề xuất thụ lý, trả lời, trả lại hay lưu đơn).", pets(pCarried), nil},
	// received_on From–To.
	{"01/XLD", "3", "Đơn tiếp nhận trong kỳ: ngày nhận đơn trong kỳ.", pets(pReceived), nil},
	// Of column 1: a closing action dated on or before To.
	{"01/XLD", "4", "Số đơn đã xử lý: đơn phải xử lý (cột 1) đã có kết quả xử lý đến ngày cuối kỳ.", pets(pDue, pHandled), nil},
	{"01/XLD", "5", "Số đơn chưa xử lý: đơn phải xử lý (cột 1) đến ngày cuối kỳ chưa có kết quả xử lý, chuyển kỳ sau.", pets(pDue, store.PetitionNot(pHandled)), nil},
	// S: handled, eligible, of the three kinds; split by kind in 8–10.
	{"01/XLD", "6", "Số đơn đủ điều kiện xử lý = cột 8 + cột 9 + cột 10: đơn đã xử lý (cột 4), đủ điều kiện xử lý, là khiếu nại, tố cáo hoặc kiến nghị, phản ánh (đơn nhiều nội dung được tách thành từng đơn).", store.StatQuery{}, sum("8", "9", "10")},
	{"01/XLD", "7", "Số vụ việc của các đơn ở cột 6 (nhiều đơn cùng một vụ việc đếm một lần).", matters(s3), nil},
	{"01/XLD", "8", "Đơn khiếu nại trong số đơn ở cột 6.", pets(sKN...), nil},
	{"01/XLD", "9", "Đơn tố cáo trong số đơn ở cột 6.", pets(sTC...), nil},
	{"01/XLD", "10", "Đơn kiến nghị, phản ánh trong số đơn ở cột 6.", pets(sKP...), nil},
	// Prior status: first or (tố cáo) concluded.
	{"01/XLD", "11", "Đơn ở cột 6 về việc đã được giải quyết lần đầu (tố cáo: đã có kết luận).", pets(with(s3, store.PetitionPriorIn(domain.PriorFirst, domain.PriorConcluded))...), nil},
	// Prior status: second or a court judgment.
	{"01/XLD", "12", "Đơn ở cột 6 về việc đã được giải quyết nhiều lần (lần hai, hoặc đã có bản án của tòa).", pets(with(s3, store.PetitionPriorIn(domain.PriorSecond, domain.PriorJudgment))...), nil},
	// Prior status: none or (tố cáo) overdue.
	{"01/XLD", "13", "Đơn ở cột 6 về việc chưa được giải quyết xong (kể cả tố cáo quá hạn chưa giải quyết).", pets(with(s3, store.PetitionPriorIn(domain.PriorNone, domain.PriorOverdue))...), nil},
	{"01/XLD", "14", "Đơn thuộc thẩm quyền = cột 15 + cột 16 + cột 17.", store.StatQuery{}, sum("15", "16", "17")},
	{"01/XLD", "15", "Đơn khiếu nại ở cột 8 thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã.", pets(with(sKN, pWithin)...), nil},
	{"01/XLD", "16", "Đơn tố cáo ở cột 9 thuộc thẩm quyền giải quyết.", pets(with(sTC, pWithin)...), nil},
	{"01/XLD", "17", "Đơn kiến nghị, phản ánh ở cột 10 thuộc thẩm quyền giải quyết.", pets(with(sKP, pWithin)...), nil},
	{"01/XLD", "18", "Đơn không thuộc thẩm quyền = cột 19 + cột 20 + cột 21.", store.StatQuery{}, sum("19", "20", "21")},
	// Outside competence, first closing action guide or return.
	{"01/XLD", "19", "Đơn ở cột 6 không thuộc thẩm quyền, đã xử lý bằng hướng dẫn (kể cả trả lại đơn kèm hướng dẫn).", pets(with(s3, pOutside, pGuided)...), nil},
	{"01/XLD", "20", "Đơn ở cột 6 không thuộc thẩm quyền, đã chuyển đơn đến cơ quan có thẩm quyền.", pets(with(s3, pOutside, pTransferred)...), nil},
	// Outside competence, any other closing action (file, answer …).
	{"01/XLD", "21", "Đơn ở cột 6 không thuộc thẩm quyền, không hướng dẫn hay chuyển đơn mà theo dõi, đôn đốc cơ quan có thẩm quyền giải quyết (lưu đơn, trả lời).", pets(with(s3, pOutside, store.PetitionNot(pSentOn))...), nil},
	// reply-received actions dated in the period, any đơn.
	{"01/XLD", "22", "Số văn bản phúc đáp nhận được trong kỳ của cơ quan đã nhận đơn chuyển (mỗi lần ghi \"Nhận văn bản phúc đáp\").", store.StatActions(domain.ActionReplyReceived), nil},

	// ---- 02/XLD: đơn khiếu nại; vụ việc classified by their first đơn.
	{"02/XLD", "1", "Tổng số đơn khiếu nại phải xử lý = cột 2 + cột 3.", store.StatQuery{}, sum("2", "3")},
	{"02/XLD", "2", "Đơn khiếu nại kỳ trước chuyển sang: nhận trước ngày đầu kỳ, đến ngày đầu kỳ chưa xử lý xong.", pets(pCarried, pKN), nil},
	{"02/XLD", "3", "Đơn khiếu nại tiếp nhận trong kỳ.", pets(pReceived, pKN), nil},
	{"02/XLD", "4", "Đơn khiếu nại đã xử lý = cột 5 + cột 6.", store.StatQuery{}, sum("5", "6")},
	{"02/XLD", "5", "Đơn ở cột 2 đã có kết quả xử lý đến ngày cuối kỳ.", pets(pCarried, pKN, pHandled), nil},
	{"02/XLD", "6", "Đơn ở cột 3 đã có kết quả xử lý đến ngày cuối kỳ.", pets(pReceived, pKN, pHandled), nil},
	{"02/XLD", "7", "Số đơn khiếu nại đã xử lý (cột 4) đủ điều kiện xử lý.", pets(sKN...), nil},
	{"02/XLD", "8", "Số vụ việc của các đơn ở cột 7; mỗi vụ việc đếm một lần và phân loại theo đơn đầu tiên của nó.", matters(sKN), nil},
	{"02/XLD", "9", "Vụ việc lĩnh vực hành chính = cột 10 + cột 11 + cột 12.", store.StatQuery{}, sum("10", "11", "12")},
	{"02/XLD", "10", "Vụ việc ở cột 8 về chế độ, chính sách.", matters(sKN, store.PetitionFieldIn(domain.FieldPolicy)), nil},
	{"02/XLD", "11", "Vụ việc ở cột 8 về đất đai, nhà cửa.", matters(sKN, store.PetitionFieldIn(domain.FieldLand)), nil},
	// Civil service is a hành chính sub-field that 02/XLD has no column for.
	{"02/XLD", "12", "Vụ việc ở cột 8 về lĩnh vực hành chính khác (kể cả công chức, công vụ).", matters(sKN, store.PetitionFieldIn(domain.FieldAdminOther, domain.FieldCivilService)), nil},
	{"02/XLD", "13", "Vụ việc ở cột 8 thuộc lĩnh vực tư pháp.", matters(sKN, store.PetitionFieldIn(domain.FieldJudicial)), nil},
	{"02/XLD", "14", "Vụ việc ở cột 8 thuộc lĩnh vực Đảng, đoàn thể.", matters(sKN, store.PetitionFieldIn(domain.FieldParty)), nil},
	{"02/XLD", "15", "Vụ việc ở cột 8 thuộc lĩnh vực khác (kể cả tham nhũng).", matters(sKN, store.PetitionFieldIn(domain.FieldOther, domain.FieldCorruption)), nil},
	{"02/XLD", "16", "Vụ việc ở cột 8 đã được giải quyết lần đầu.", matters(sKN, store.PetitionPriorIn(domain.PriorFirst)), nil},
	{"02/XLD", "17", "Vụ việc ở cột 8 đã được giải quyết lần 2.", matters(sKN, store.PetitionPriorIn(domain.PriorSecond)), nil},
	{"02/XLD", "18", "Vụ việc ở cột 8 đã có bản án của tòa.", matters(sKN, store.PetitionPriorIn(domain.PriorJudgment)), nil},
	{"02/XLD", "19", "Vụ việc ở cột 8 chưa được giải quyết xong.", matters(sKN, store.PetitionPriorIn(domain.PriorNone, domain.PriorOverdue, domain.PriorConcluded)), nil},
	{"02/XLD", "20", "Vụ việc thuộc thẩm quyền = cột 21 + cột 22.", store.StatQuery{}, sum("21", "22")},
	// Within competence, not a second round.
	{"02/XLD", "21", "Vụ việc ở cột 8 thuộc thẩm quyền, giải quyết lần đầu.", matters(sKN, pWithin, store.PetitionNot(store.PetitionSecondRound)), nil},
	// Within competence; case kind complaint-second, or prior status first.
	{"02/XLD", "22", "Vụ việc ở cột 8 thuộc thẩm quyền, giải quyết lần 2 (vụ việc khiếu nại lần hai, hoặc đơn ghi đã giải quyết lần đầu).", matters(sKN, pWithin, store.PetitionSecondRound), nil},
	{"02/XLD", "23", "Vụ việc không thuộc thẩm quyền = cột 24 + cột 25.", store.StatQuery{}, sum("24", "25")},
	// The form has no chuyển đơn column for khiếu nại: a transfer counts as guidance.
	{"02/XLD", "24", "Vụ việc ở cột 8 không thuộc thẩm quyền, đã hướng dẫn (kể cả trả lại đơn, chuyển đơn).", matters(sKN, pOutside, pSentOn), nil},
	{"02/XLD", "25", "Vụ việc ở cột 8 không thuộc thẩm quyền, theo dõi, đôn đốc giải quyết (lưu đơn, trả lời).", matters(sKN, pOutside, store.PetitionNot(pSentOn)), nil},
	{"02/XLD", "26", "Số văn bản phúc đáp nhận được trong kỳ về đơn khiếu nại đã chuyển.", store.StatActions(domain.ActionReplyReceived, pKN), nil},

	// ---- 03/XLD: đơn tố cáo.
	{"03/XLD", "1", "Tổng số đơn tố cáo phải xử lý = cột 2 + cột 3.", store.StatQuery{}, sum("2", "3")},
	{"03/XLD", "2", "Đơn tố cáo kỳ trước chuyển sang: nhận trước ngày đầu kỳ, đến ngày đầu kỳ chưa xử lý xong.", pets(pCarried, pTC), nil},
	{"03/XLD", "3", "Đơn tố cáo tiếp nhận trong kỳ.", pets(pReceived, pTC), nil},
	{"03/XLD", "4", "Đơn tố cáo đã xử lý = cột 5 + cột 6.", store.StatQuery{}, sum("5", "6")},
	{"03/XLD", "5", "Đơn ở cột 2 đã có kết quả xử lý đến ngày cuối kỳ.", pets(pCarried, pTC, pHandled), nil},
	{"03/XLD", "6", "Đơn ở cột 3 đã có kết quả xử lý đến ngày cuối kỳ.", pets(pReceived, pTC, pHandled), nil},
	{"03/XLD", "7", "Số đơn tố cáo đã xử lý (cột 4) đủ điều kiện xử lý.", pets(sTC...), nil},
	{"03/XLD", "8", "Số vụ việc của các đơn ở cột 7; mỗi vụ việc đếm một lần và phân loại theo đơn đầu tiên của nó.", matters(sTC), nil},
	{"03/XLD", "9", "Vụ việc lĩnh vực hành chính = cột 10 + cột 11 + cột 12 + cột 13.", store.StatQuery{}, sum("10", "11", "12", "13")},
	{"03/XLD", "10", "Vụ việc ở cột 8 về chế độ, chính sách.", matters(sTC, store.PetitionFieldIn(domain.FieldPolicy)), nil},
	{"03/XLD", "11", "Vụ việc ở cột 8 về đất đai, nhà cửa.", matters(sTC, store.PetitionFieldIn(domain.FieldLand)), nil},
	{"03/XLD", "12", "Vụ việc ở cột 8 về công chức, công vụ.", matters(sTC, store.PetitionFieldIn(domain.FieldCivilService)), nil},
	{"03/XLD", "13", "Vụ việc ở cột 8 về lĩnh vực hành chính khác.", matters(sTC, store.PetitionFieldIn(domain.FieldAdminOther)), nil},
	{"03/XLD", "14", "Vụ việc ở cột 8 về tham nhũng.", matters(sTC, store.PetitionFieldIn(domain.FieldCorruption)), nil},
	{"03/XLD", "15", "Vụ việc ở cột 8 thuộc lĩnh vực tư pháp.", matters(sTC, store.PetitionFieldIn(domain.FieldJudicial)), nil},
	{"03/XLD", "16", "Vụ việc ở cột 8 thuộc lĩnh vực Đảng, đoàn thể.", matters(sTC, store.PetitionFieldIn(domain.FieldParty)), nil},
	{"03/XLD", "17", "Vụ việc ở cột 8 thuộc lĩnh vực khác.", matters(sTC, store.PetitionFieldIn(domain.FieldOther)), nil},
	{"03/XLD", "18", "Vụ việc ở cột 8 là tố cáo tiếp vì quá thời hạn chưa được giải quyết.", matters(sTC, store.PetitionPriorIn(domain.PriorOverdue)), nil},
	{"03/XLD", "19", "Vụ việc ở cột 8 là tố cáo tiếp khi đã có kết luận giải quyết.", matters(sTC, store.PetitionPriorIn(domain.PriorConcluded)), nil},
	{"03/XLD", "20", "Vụ việc ở cột 8 chưa được giải quyết (tố cáo lần đầu).", matters(sTC, store.PetitionNot(pRepeatTC)), nil},
	{"03/XLD", "21", "Vụ việc thuộc thẩm quyền = cột 22 + cột 23.", store.StatQuery{}, sum("22", "23")},
	{"03/XLD", "22", "Vụ việc ở cột 8 thuộc thẩm quyền, tố cáo lần đầu.", matters(sTC, pWithin, store.PetitionNot(pRepeatTC)), nil},
	{"03/XLD", "23", "Vụ việc ở cột 8 thuộc thẩm quyền, tố cáo tiếp (quá hạn chưa giải quyết hoặc đã có kết luận).", matters(sTC, pWithin, pRepeatTC), nil},
	{"03/XLD", "24", "Vụ việc không thuộc thẩm quyền = cột 25 + cột 26.", store.StatQuery{}, sum("25", "26")},
	// A tố cáo outside competence is transferred (Luật Tố cáo Art. 24); guidance counts with it.
	{"03/XLD", "25", "Vụ việc ở cột 8 không thuộc thẩm quyền, đã chuyển đơn (kể cả hướng dẫn, trả lại đơn).", matters(sTC, pOutside, pSentOn), nil},
	{"03/XLD", "26", "Vụ việc ở cột 8 không thuộc thẩm quyền, theo dõi, đôn đốc giải quyết (lưu đơn, trả lời).", matters(sTC, pOutside, store.PetitionNot(pSentOn)), nil},
	{"03/XLD", "27", "Số văn bản phúc đáp nhận được trong kỳ về đơn tố cáo đã chuyển.", store.StatActions(domain.ActionReplyReceived, pTC), nil},

	// ---- 04/XLD: đơn kiến nghị, phản ánh.
	{"04/XLD", "1", "Tổng số đơn kiến nghị, phản ánh phải xử lý = cột 2 + cột 3.", store.StatQuery{}, sum("2", "3")},
	{"04/XLD", "2", "Đơn kiến nghị, phản ánh kỳ trước chuyển sang: nhận trước ngày đầu kỳ, đến ngày đầu kỳ chưa xử lý xong.", pets(pCarried, pKP), nil},
	{"04/XLD", "3", "Đơn kiến nghị, phản ánh tiếp nhận trong kỳ.", pets(pReceived, pKP), nil},
	{"04/XLD", "4", "Đơn đã xem xét về điều kiện xử lý = cột 5 + cột 6.", store.StatQuery{}, sum("5", "6")},
	{"04/XLD", "5", "Đơn ở cột 2 đã có kết quả xử lý đến ngày cuối kỳ.", pets(pCarried, pKP, pHandled), nil},
	{"04/XLD", "6", "Đơn ở cột 3 đã có kết quả xử lý đến ngày cuối kỳ.", pets(pReceived, pKP, pHandled), nil},
	{"04/XLD", "7", "Số đơn đã xem xét (cột 4) đủ điều kiện xử lý.", pets(sKP...), nil},
	{"04/XLD", "8", "Số vụ việc của các đơn ở cột 7; mỗi vụ việc đếm một lần và phân loại theo đơn đầu tiên của nó.", matters(sKP), nil},
	{"04/XLD", "9", "Vụ việc ở cột 8 về chế độ, chính sách.", matters(sKP, store.PetitionFieldIn(domain.FieldPolicy)), nil},
	{"04/XLD", "10", "Vụ việc ở cột 8 về đất đai.", matters(sKP, store.PetitionFieldIn(domain.FieldLand)), nil},
	{"04/XLD", "11", "Vụ việc ở cột 8 về tư pháp.", matters(sKP, store.PetitionFieldIn(domain.FieldJudicial)), nil},
	{"04/XLD", "12", "Vụ việc ở cột 8 về lĩnh vực khác.", matters(sKP, store.PetitionNot(store.PetitionFieldIn(domain.FieldPolicy, domain.FieldLand, domain.FieldJudicial))), nil},
	{"04/XLD", "13", "Vụ việc ở cột 8 đã được giải quyết trước đó.", matters(sKP, store.PetitionPriorIn(domain.PriorFirst, domain.PriorSecond, domain.PriorJudgment, domain.PriorConcluded)), nil},
	{"04/XLD", "14", "Vụ việc ở cột 8 chưa được giải quyết.", matters(sKP, store.PetitionPriorIn(domain.PriorNone, domain.PriorOverdue)), nil},
	{"04/XLD", "15", "Vụ việc ở cột 8 thuộc thẩm quyền giải quyết.", matters(sKP, pWithin), nil},
	{"04/XLD", "16", "Vụ việc không thuộc thẩm quyền = cột 17 + cột 18.", store.StatQuery{}, sum("17", "18")},
	{"04/XLD", "17", "Vụ việc ở cột 8 không thuộc thẩm quyền, đã chuyển đơn (kể cả hướng dẫn, trả lại đơn).", matters(sKP, pOutside, pSentOn), nil},
	{"04/XLD", "18", "Vụ việc ở cột 8 không thuộc thẩm quyền, theo dõi, đôn đốc giải quyết (lưu đơn, trả lời).", matters(sKP, pOutside, store.PetitionNot(pSentOn)), nil},
	// Within competence: a case decided by To, or the đơn answered (trả lời).
	{"04/XLD", "19", "Vụ việc ở cột 15 đã giải quyết: có quyết định, văn bản giải quyết đến ngày cuối kỳ hoặc đã trả lời công dân.", matters(sKP, pWithin, store.PetitionResolved), nil},
	{"04/XLD", "20", "Vụ việc ở cột 15 chưa giải quyết xong đến ngày cuối kỳ.", matters(sKP, pWithin, store.PetitionNot(store.PetitionResolved)), nil},

	// ---- 01/KQGQ: khiếu nại cases (lần đầu and lần hai) the ward resolves.
	{"01/KQGQ", "1", "Tổng số đơn khiếu nại thuộc thẩm quyền = cột 2 + cột 3.", store.StatQuery{}, sum("2", "3")},
	// accepted_on before From, no decision/rejection/termination/whole withdrawal before From.
	{"01/KQGQ", "2", "Đơn khiếu nại đã thụ lý trước ngày đầu kỳ, đến ngày đầu kỳ chưa giải quyết xong (chưa có quyết định, chưa rút, chưa đình chỉ).", store.StatCases(cKN, store.CaseCarriedOver), nil},
	{"01/KQGQ", "3", "Đơn khiếu nại thụ lý trong kỳ (ngày thụ lý trong kỳ).", store.StatCases(cKN, store.CaseAcceptedIn), nil},
	{"01/KQGQ", "4", "Số vụ việc của các đơn ở cột 1 (nhiều đơn cùng một vụ việc đếm một lần).", store.StatCaseMatters(cKN, store.CaseOr(store.CaseCarriedOver, store.CaseAcceptedIn)), nil},
	{"01/KQGQ", "5", "Số vụ việc giải quyết bằng quyết định hành chính = cột 20 + cột 21 + cột 22 + cột 23 + cột 24.", store.StatQuery{}, sum("20", "21", "22", "23", "24")},
	{"01/KQGQ", "6", "Số vụ việc người khiếu nại rút toàn bộ đơn trong kỳ (qua giải thích, thuyết phục).", store.StatCases(cKN, store.CaseWithdrawnIn), nil},
	// Figures of decisions dated in the period.
	{"01/KQGQ", "7", "Kiến nghị thu hồi cho Nhà nước — tiền (triệu đồng): cộng theo các quyết định giải quyết ban hành trong kỳ.", decided(cKN, "recoverMoney"), nil},
	{"01/KQGQ", "8", "Kiến nghị thu hồi cho Nhà nước — đất (m²), theo các quyết định ban hành trong kỳ.", decided(cKN, "recoverLand"), nil},
	{"01/KQGQ", "9", "Trả lại cho tổ chức — tiền (triệu đồng), theo các quyết định ban hành trong kỳ.", decided(cKN, "returnOrgMoney"), nil},
	{"01/KQGQ", "10", "Trả lại cho tổ chức — đất (m²), theo các quyết định ban hành trong kỳ.", decided(cKN, "returnOrgLand"), nil},
	{"01/KQGQ", "11", "Trả lại cho cá nhân — tiền (triệu đồng), theo các quyết định ban hành trong kỳ.", decided(cKN, "returnPersonMoney"), nil},
	{"01/KQGQ", "12", "Trả lại cho cá nhân — đất (m²), theo các quyết định ban hành trong kỳ.", decided(cKN, "returnPersonLand"), nil},
	{"01/KQGQ", "13", "Số tổ chức được trả lại quyền lợi, theo các quyết định ban hành trong kỳ.", decided(cKN, "orgsRestored"), nil},
	{"01/KQGQ", "14", "Số cá nhân được trả lại quyền lợi, theo các quyết định ban hành trong kỳ.", decided(cKN, "peopleRestored"), nil},
	{"01/KQGQ", "15", "Tổng số người bị kiến nghị xử lý hành chính, theo các quyết định ban hành trong kỳ.", decided(cKN, "disciplinePeople"), nil},
	{"01/KQGQ", "16", "Trong đó số cán bộ, công chức, viên chức bị kiến nghị xử lý hành chính.", decided(cKN, "disciplineOfficials"), nil},
	{"01/KQGQ", "17", "Số vụ chuyển cơ quan điều tra, theo các quyết định ban hành trong kỳ.", decided(cKN, "prosecutionCases"), nil},
	{"01/KQGQ", "18", "Tổng số người bị chuyển cơ quan điều tra.", decided(cKN, "prosecutionPeople"), nil},
	{"01/KQGQ", "19", "Trong đó số cán bộ, công chức, viên chức bị chuyển cơ quan điều tra.", decided(cKN, "prosecutionOfficials"), nil},
	// Cases decided in the period (decided_on), by result.
	{"01/KQGQ", "20", "Vụ việc khiếu nại lần đầu có quyết định giải quyết trong kỳ: khiếu nại đúng.", store.StatCases(store.CaseKindIn(domain.CaseComplaintFirst), store.CaseDecidedIn, store.CaseResultIn(domain.ResultUpheld)), nil},
	{"01/KQGQ", "21", "Vụ việc khiếu nại lần đầu có quyết định giải quyết trong kỳ: khiếu nại sai.", store.StatCases(store.CaseKindIn(domain.CaseComplaintFirst), store.CaseDecidedIn, store.CaseResultIn(domain.ResultRejected)), nil},
	{"01/KQGQ", "22", "Vụ việc khiếu nại lần đầu có quyết định giải quyết trong kỳ: khiếu nại đúng một phần.", store.StatCases(store.CaseKindIn(domain.CaseComplaintFirst), store.CaseDecidedIn, store.CaseResultIn(domain.ResultPartly)), nil},
	{"01/KQGQ", "23", "Vụ việc khiếu nại lần hai có quyết định giải quyết trong kỳ: công nhận quyết định giải quyết lần đầu.", store.StatCases(store.CaseKindIn(domain.CaseComplaintSecond), store.CaseDecidedIn, store.CaseResultIn(domain.ResultRecognised)), nil},
	{"01/KQGQ", "24", "Vụ việc khiếu nại lần hai có quyết định giải quyết trong kỳ: hủy, sửa quyết định giải quyết lần đầu.", store.StatCases(store.CaseKindIn(domain.CaseComplaintSecond), store.CaseDecidedIn, store.CaseResultIn(domain.ResultOverturned)), nil},
	{"01/KQGQ", "25", "Vụ việc có quyết định giải quyết trong kỳ, ban hành đúng thời hạn luật định (kể cả thời gian gia hạn, tạm đình chỉ).", store.StatCases(cKN, store.CaseDecidedIn, store.CaseOnTime), nil},
	{"01/KQGQ", "26", "Vụ việc có quyết định giải quyết trong kỳ, ban hành quá thời hạn luật định.", store.StatCases(cKN, store.CaseDecidedIn, store.CaseNot(store.CaseOnTime)), nil},

	// ---- 02/KQGQ: carrying out the khiếu nại decisions.
	// Decided on or before To, not closed by enforcement before From.
	{"02/KQGQ", "1", "Tổng số quyết định giải quyết khiếu nại phải thực hiện trong kỳ: đã ban hành đến ngày cuối kỳ, đến ngày đầu kỳ chưa thực hiện xong.", store.StatCases(cKN, store.CaseToEnforce), nil},
	{"02/KQGQ", "2", "Số quyết định ở cột 1 đã thực hiện xong trong kỳ (ghi \"Thi hành\" và đánh dấu đã xong).", store.StatCases(cKN, store.CaseToEnforce, store.CaseEnforcedIn), nil},
	{"02/KQGQ", "3", "Phải thu cho Nhà nước — tiền (triệu đồng): theo các quyết định ở cột 1.", owed(cKN, "recoverMoney"), nil},
	{"02/KQGQ", "4", "Phải thu cho Nhà nước — đất (m²): theo các quyết định ở cột 1.", owed(cKN, "recoverLand"), nil},
	{"02/KQGQ", "5", "Đã thu cho Nhà nước — tiền (triệu đồng): cộng các lần thi hành ghi trong kỳ.", done(cKN, "recoverMoney"), nil},
	{"02/KQGQ", "6", "Đã thu cho Nhà nước — đất (m²): cộng các lần thi hành ghi trong kỳ.", done(cKN, "recoverLand"), nil},
	{"02/KQGQ", "7", "Phải trả cho tổ chức — tiền (triệu đồng): theo các quyết định ở cột 1.", owed(cKN, "returnOrgMoney"), nil},
	{"02/KQGQ", "8", "Phải trả cho tổ chức — đất (m²): theo các quyết định ở cột 1.", owed(cKN, "returnOrgLand"), nil},
	{"02/KQGQ", "9", "Phải trả cho cá nhân — tiền (triệu đồng): theo các quyết định ở cột 1.", owed(cKN, "returnPersonMoney"), nil},
	{"02/KQGQ", "10", "Phải trả cho cá nhân — đất (m²): theo các quyết định ở cột 1.", owed(cKN, "returnPersonLand"), nil},
	{"02/KQGQ", "11", "Đã trả cho tổ chức — tiền (triệu đồng): các lần thi hành ghi trong kỳ.", done(cKN, "returnOrgMoney"), nil},
	{"02/KQGQ", "12", "Đã trả cho tổ chức — đất (m²): các lần thi hành ghi trong kỳ.", done(cKN, "returnOrgLand"), nil},
	{"02/KQGQ", "13", "Đã trả cho cá nhân — tiền (triệu đồng): các lần thi hành ghi trong kỳ.", done(cKN, "returnPersonMoney"), nil},
	{"02/KQGQ", "14", "Đã trả cho cá nhân — đất (m²): các lần thi hành ghi trong kỳ.", done(cKN, "returnPersonLand"), nil},
	{"02/KQGQ", "15", "Tổng số người đã bị xử lý hành chính: các lần thi hành ghi trong kỳ.", done(cKN, "disciplinePeople"), nil},
	{"02/KQGQ", "16", "Trong đó số cán bộ, công chức, viên chức đã bị xử lý hành chính.", done(cKN, "disciplineOfficials"), nil},
	{"02/KQGQ", "17", "Số vụ đã khởi tố: các lần thi hành ghi trong kỳ.", done(cKN, "prosecutionCases"), nil},
	{"02/KQGQ", "18", "Số người đã bị khởi tố.", done(cKN, "prosecutionPeople"), nil},
	{"02/KQGQ", "19", "Trong đó số cán bộ, công chức, viên chức đã bị khởi tố.", done(cKN, "prosecutionOfficials"), nil},

	// ---- 02/TCD (TT 02/2021, optional): đơn received at reception in the period.
	{"02/TCD", "1", "Tổng số đơn nhận được qua tiếp công dân = cột 3 + cột 5 + cột 7.", store.StatQuery{}, sum("3", "5", "7")},
	{"02/TCD", "2", "Tổng số vụ việc = cột 4 + cột 6 + cột 8.", store.StatQuery{}, sum("4", "6", "8")},
	{"02/TCD", "3", "Đơn khiếu nại nhận qua tiếp công dân trong kỳ.", pets(with(rTCD, pKN)...), nil},
	{"02/TCD", "4", "Số vụ việc của các đơn ở cột 3.", matters(with(rTCD, pKN)), nil},
	{"02/TCD", "5", "Đơn tố cáo nhận qua tiếp công dân trong kỳ.", pets(with(rTCD, pTC)...), nil},
	{"02/TCD", "6", "Số vụ việc của các đơn ở cột 5.", matters(with(rTCD, pTC)), nil},
	{"02/TCD", "7", "Đơn kiến nghị, phản ánh nhận qua tiếp công dân trong kỳ.", pets(with(rTCD, pKP)...), nil},
	{"02/TCD", "8", "Số vụ việc của các đơn ở cột 7.", matters(with(rTCD, pKP)), nil},
	{"02/TCD", "9", "Đơn ở cột 1 thuộc thẩm quyền.", pets(with(rTCD, pWithin)...), nil},
	{"02/TCD", "10", "Số vụ việc của các đơn ở cột 1 thuộc thẩm quyền.", matters(rTCD, pWithin), nil},
	{"02/TCD", "11", "Đơn ở cột 1 không thuộc thẩm quyền.", pets(with(rTCD, pOutside)...), nil},
	{"02/TCD", "12", "Số vụ việc không thuộc thẩm quyền = cột 13 + cột 14 + cột 15.", store.StatQuery{}, sum("13", "14", "15")},
	{"02/TCD", "13", "Vụ việc không thuộc thẩm quyền đã hướng dẫn (kể cả trả lại đơn).", matters(rTCD, pOutside, pGuided), nil},
	{"02/TCD", "14", "Vụ việc không thuộc thẩm quyền đã chuyển đơn.", matters(rTCD, pOutside, pTransferred), nil},
	{"02/TCD", "15", "Vụ việc không thuộc thẩm quyền theo dõi, đôn đốc giải quyết (kể cả chưa xử lý đến ngày cuối kỳ).", matters(rTCD, pOutside, store.PetitionNot(pSentOn)), nil},
	{"02/TCD", "16", "Số văn bản phúc đáp nhận được trong kỳ về đơn nhận qua tiếp công dân.", store.StatActions(domain.ActionReplyReceived, store.PetitionSourceIn(domain.SourceReception)), nil},

	// ---- 03/KQGQ (TT 02/2021, optional): tố cáo cases the ward resolves.
	{"03/KQGQ", "1", "Tổng số đơn tố cáo thuộc thẩm quyền = cột 2 + cột 3.", store.StatQuery{}, sum("2", "3")},
	{"03/KQGQ", "2", "Đơn tố cáo đã thụ lý trước ngày đầu kỳ, đến ngày đầu kỳ chưa giải quyết xong.", store.StatCases(cTC, store.CaseCarriedOver), nil},
	{"03/KQGQ", "3", "Đơn tố cáo thụ lý trong kỳ (ngày thụ lý trong kỳ).", store.StatCases(cTC, store.CaseAcceptedIn), nil},
	{"03/KQGQ", "4", "Số vụ việc của các đơn ở cột 1.", store.StatCaseMatters(cTC, store.CaseOr(store.CaseCarriedOver, store.CaseAcceptedIn)), nil},
	{"03/KQGQ", "5", "Trong đó số vụ việc tố cáo tiếp (đơn ghi quá hạn chưa giải quyết hoặc đã có kết luận).", store.StatCaseMatters(cTC, store.CaseOr(store.CaseCarriedOver, store.CaseAcceptedIn), tcRepeat), nil},
	{"03/KQGQ", "6", "Số vụ việc đã giải quyết = cột 7 + cột 8 + cột 9 + cột 10.", store.StatQuery{}, sum("7", "8", "9", "10")},
	{"03/KQGQ", "7", "Vụ việc tố cáo lần đầu có kết luận nội dung tố cáo trong kỳ.", store.StatCases(cTC, store.CaseDecidedIn, store.CaseNot(tcRepeat)), nil},
	{"03/KQGQ", "8", "Vụ việc tố cáo tiếp có kết luận nội dung tố cáo trong kỳ.", store.StatCases(cTC, store.CaseDecidedIn, tcRepeat), nil},
	{"03/KQGQ", "9", "Vụ việc người tố cáo rút toàn bộ nội dung tố cáo trong kỳ.", store.StatCases(cTC, store.CaseWithdrawnIn), nil},
	{"03/KQGQ", "10", "Vụ việc đình chỉ giải quyết trong kỳ không do rút tố cáo.", store.StatCases(cTC, store.CaseTerminatedIn), nil},
	{"03/KQGQ", "11", "Kiến nghị thu hồi cho Nhà nước — tiền (triệu đồng), theo các kết luận ban hành trong kỳ.", decided(cTC, "recoverMoney"), nil},
	{"03/KQGQ", "12", "Kiến nghị thu hồi cho Nhà nước — đất (m²), theo các kết luận ban hành trong kỳ.", decided(cTC, "recoverLand"), nil},
	{"03/KQGQ", "13", "Trả lại cho tổ chức — tiền (triệu đồng), theo các kết luận ban hành trong kỳ.", decided(cTC, "returnOrgMoney"), nil},
	{"03/KQGQ", "14", "Trả lại cho tổ chức — đất (m²), theo các kết luận ban hành trong kỳ.", decided(cTC, "returnOrgLand"), nil},
	{"03/KQGQ", "15", "Trả lại cho cá nhân — tiền (triệu đồng), theo các kết luận ban hành trong kỳ.", decided(cTC, "returnPersonMoney"), nil},
	{"03/KQGQ", "16", "Trả lại cho cá nhân — đất (m²), theo các kết luận ban hành trong kỳ.", decided(cTC, "returnPersonLand"), nil},
	{"03/KQGQ", "17", "Số tổ chức được trả lại quyền lợi, theo các kết luận ban hành trong kỳ.", decided(cTC, "orgsRestored"), nil},
	{"03/KQGQ", "18", "Số cá nhân được trả lại quyền lợi, theo các kết luận ban hành trong kỳ.", decided(cTC, "peopleRestored"), nil},
	{"03/KQGQ", "19", "Số người bị kiến nghị xử lý hành chính, theo các kết luận ban hành trong kỳ.", decided(cTC, "disciplinePeople"), nil},
	{"03/KQGQ", "20", "Trong đó số cán bộ, công chức, viên chức bị kiến nghị xử lý hành chính.", decided(cTC, "disciplineOfficials"), nil},
	{"03/KQGQ", "21", "Số vụ chuyển cơ quan điều tra, theo các kết luận ban hành trong kỳ.", decided(cTC, "prosecutionCases"), nil},
	{"03/KQGQ", "22", "Số đối tượng bị chuyển cơ quan điều tra.", decided(cTC, "prosecutionPeople"), nil},
	{"03/KQGQ", "23", "Trong đó số cán bộ, công chức, viên chức bị chuyển cơ quan điều tra.", decided(cTC, "prosecutionOfficials"), nil},
	{"03/KQGQ", "24", "Vụ việc có kết luận trong kỳ: tố cáo đúng.", tcResult(domain.ResultUpheld, false), nil},
	{"03/KQGQ", "25", "Trong đó tố cáo tiếp đúng.", tcResult(domain.ResultUpheld, true), nil},
	{"03/KQGQ", "26", "Vụ việc có kết luận trong kỳ: tố cáo sai.", tcResult(domain.ResultRejected, false), nil},
	{"03/KQGQ", "27", "Trong đó tố cáo tiếp sai.", tcResult(domain.ResultRejected, true), nil},
	{"03/KQGQ", "28", "Vụ việc có kết luận trong kỳ: tố cáo có đúng, có sai.", tcResult(domain.ResultPartly, false), nil},
	{"03/KQGQ", "29", "Trong đó tố cáo tiếp có đúng, có sai.", tcResult(domain.ResultPartly, true), nil},
	// Ended in the period (columns 7–10), by the deadline.
	{"03/KQGQ", "30", "Vụ việc ở cột 6 kết thúc đúng thời hạn luật định (kể cả gia hạn).", store.StatCases(cTC, tcEnded, store.CaseOnTime), nil},
	{"03/KQGQ", "31", "Vụ việc ở cột 6 kết thúc quá thời hạn luật định.", store.StatCases(cTC, tcEnded, store.CaseNot(store.CaseOnTime)), nil},

	// ---- 04/KQGQ (TT 02/2021, optional): carrying out the tố cáo conclusions.
	{"04/KQGQ", "1", "Tổng số kết luận nội dung tố cáo phải thực hiện: ban hành đến ngày cuối kỳ, đến ngày đầu kỳ chưa thực hiện xong.", store.StatCases(cTC, store.CaseToEnforce), nil},
	{"04/KQGQ", "2", "Số kết luận ở cột 1 đã thực hiện xong trong kỳ.", store.StatCases(cTC, store.CaseToEnforce, store.CaseEnforcedIn), nil},
	{"04/KQGQ", "3", "Phải thu cho Nhà nước — tiền (triệu đồng), theo các kết luận ở cột 1.", owed(cTC, "recoverMoney"), nil},
	{"04/KQGQ", "4", "Phải thu cho Nhà nước — đất (m²), theo các kết luận ở cột 1.", owed(cTC, "recoverLand"), nil},
	{"04/KQGQ", "5", "Đã thu cho Nhà nước — tiền (triệu đồng): các lần thi hành ghi trong kỳ.", done(cTC, "recoverMoney"), nil},
	{"04/KQGQ", "6", "Đã thu cho Nhà nước — đất (m²): các lần thi hành ghi trong kỳ.", done(cTC, "recoverLand"), nil},
	{"04/KQGQ", "7", "Số tổ chức phải được trả lại quyền lợi, theo các kết luận ở cột 1.", owed(cTC, "orgsRestored"), nil},
	{"04/KQGQ", "8", "Số cá nhân phải được trả lại quyền lợi, theo các kết luận ở cột 1.", owed(cTC, "peopleRestored"), nil},
	{"04/KQGQ", "9", "Phải trả cho tổ chức — tiền (triệu đồng), theo các kết luận ở cột 1.", owed(cTC, "returnOrgMoney"), nil},
	{"04/KQGQ", "10", "Phải trả cho tổ chức — đất (m²), theo các kết luận ở cột 1.", owed(cTC, "returnOrgLand"), nil},
	{"04/KQGQ", "11", "Phải trả cho cá nhân — tiền (triệu đồng), theo các kết luận ở cột 1.", owed(cTC, "returnPersonMoney"), nil},
	{"04/KQGQ", "12", "Phải trả cho cá nhân — đất (m²), theo các kết luận ở cột 1.", owed(cTC, "returnPersonLand"), nil},
	{"04/KQGQ", "13", "Số tổ chức đã được trả lại quyền lợi: các lần thi hành ghi trong kỳ.", done(cTC, "orgsRestored"), nil},
	{"04/KQGQ", "14", "Số cá nhân đã được trả lại quyền lợi: các lần thi hành ghi trong kỳ.", done(cTC, "peopleRestored"), nil},
	{"04/KQGQ", "15", "Đã trả cho tổ chức — tiền (triệu đồng): các lần thi hành ghi trong kỳ.", done(cTC, "returnOrgMoney"), nil},
	{"04/KQGQ", "16", "Đã trả cho tổ chức — đất (m²): các lần thi hành ghi trong kỳ.", done(cTC, "returnOrgLand"), nil},
	{"04/KQGQ", "17", "Đã trả cho cá nhân — tiền (triệu đồng): các lần thi hành ghi trong kỳ.", done(cTC, "returnPersonMoney"), nil},
	{"04/KQGQ", "18", "Đã trả cho cá nhân — đất (m²): các lần thi hành ghi trong kỳ.", done(cTC, "returnPersonLand"), nil},
	// The figures of a step (domain.Figures) have no count of organisations disciplined.
	{"04/KQGQ", "19", "Số tổ chức bị xử lý hành chính: phần mềm chưa ghi số liệu này (luôn bằng 0, cần điền tay nếu có).", store.StatQuery{}, nil},
	{"04/KQGQ", "20", "Số cá nhân đã bị xử lý hành chính: các lần thi hành ghi trong kỳ.", done(cTC, "disciplinePeople"), nil},
	{"04/KQGQ", "21", "Trong đó số cán bộ, công chức, viên chức đã bị xử lý hành chính.", done(cTC, "disciplineOfficials"), nil},
	{"04/KQGQ", "22", "Số vụ đã khởi tố: các lần thi hành ghi trong kỳ.", done(cTC, "prosecutionCases"), nil},
	{"04/KQGQ", "23", "Số đối tượng đã bị khởi tố.", done(cTC, "prosecutionPeople"), nil},
	{"04/KQGQ", "24", "Trong đó số cán bộ, công chức, viên chức đã bị khởi tố.", done(cTC, "prosecutionOfficials"), nil},
}
