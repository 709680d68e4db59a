package domain

// Petitions (đơn) and the cases (vụ việc thuộc thẩm quyền) the ward resolves:
// ../shared/domain/law.md §1, §3.4, §8. Every code list here is what the
// statistics (biểu 01–04/XLD, 01–02/KQGQ) count by; labels are the official
// terms.

// PetitionSource is how a petition reached the ward (nguồn đơn).
type PetitionSource string

// The sources of a petition.
const (
	// SourceReception: trực tiếp qua tiếp công dân, linked to its visit.
	SourceReception PetitionSource = "reception"
	// SourcePost: qua bưu chính.
	SourcePost PetitionSource = "post"
	// SourceForwarded: cơ quan khác chuyển đến, with the forwarding body.
	SourceForwarded PetitionSource = "forwarded"
	// SourceOther: any other way (hòm thư góp ý, cổng điện tử …).
	SourceOther PetitionSource = "other"
)

// PetitionSources lists the sources in the register's order.
var PetitionSources = []PetitionSource{SourceReception, SourcePost, SourceForwarded, SourceOther}

var petitionSourceLabels = map[PetitionSource]string{
	SourceReception: "Trực tiếp qua tiếp công dân", SourcePost: "Qua bưu chính",
	SourceForwarded: "Cơ quan, tổ chức, cá nhân khác chuyển đến", SourceOther: "Nguồn khác",
}

// Label returns the Vietnamese name.
func (s PetitionSource) Label() string { return petitionSourceLabels[s] }

// ForwardingCategory is the category of the body that forwarded a petition
// (NĐ 55/2022 Art. 6.2(d)).
type ForwardingCategory string

// The categories of forwarding bodies.
const (
	ForwardNationalAssembly ForwardingCategory = "national-assembly" // Quốc hội, cơ quan của Quốc hội, đại biểu Quốc hội
	ForwardPeoplesCouncil   ForwardingCategory = "peoples-council"   // Hội đồng nhân dân, đại biểu HĐND
	ForwardAdministrative   ForwardingCategory = "administrative"    // cơ quan hành chính nhà nước
	ForwardJudicial         ForwardingCategory = "judicial"          // cơ quan tố tụng, thi hành án
	ForwardStateAudit       ForwardingCategory = "state-audit"       // Kiểm toán nhà nước
	ForwardSocioPolitical   ForwardingCategory = "socio-political"   // MTTQ, tổ chức chính trị - xã hội
	ForwardOther            ForwardingCategory = "other"             // cơ quan, tổ chức, cá nhân khác
)

// ForwardingCategories lists the categories in NĐ 55/2022's order.
var ForwardingCategories = []ForwardingCategory{ForwardNationalAssembly, ForwardPeoplesCouncil, ForwardAdministrative,
	ForwardJudicial, ForwardStateAudit, ForwardSocioPolitical, ForwardOther}

var forwardingCategoryLabels = map[ForwardingCategory]string{
	ForwardNationalAssembly: "Cơ quan của Quốc hội, đại biểu Quốc hội",
	ForwardPeoplesCouncil:   "Hội đồng nhân dân, đại biểu Hội đồng nhân dân",
	ForwardAdministrative:   "Cơ quan hành chính nhà nước",
	ForwardJudicial:         "Cơ quan tố tụng, thi hành án",
	ForwardStateAudit:       "Kiểm toán nhà nước",
	ForwardSocioPolitical:   "Mặt trận Tổ quốc, tổ chức chính trị - xã hội",
	ForwardOther:            "Cơ quan, tổ chức, cá nhân khác",
}

// Label returns the Vietnamese name.
func (c ForwardingCategory) Label() string { return forwardingCategoryLabels[c] }

// FilerKind is how many people signed a petition (số người đứng tên).
type FilerKind string

// The filer kinds of biểu 01/XLD.
const (
	FilerSingle FilerKind = "single" // một người đứng tên
	FilerMany   FilerKind = "many"   // nhiều người đứng tên
	FilerOther  FilerKind = "other"  // đơn khác (không ghi tên, tổ chức …)
)

var filerKindLabels = map[FilerKind]string{
	FilerSingle: "Đơn có một người đứng tên", FilerMany: "Đơn có nhiều người đứng tên", FilerOther: "Đơn khác",
}

// Label returns the Vietnamese name.
func (k FilerKind) Label() string { return filerKindLabels[k] }

// PetitionKinds are the kinds of đơn (law.md §8.1): the four of the law
// counted as three (kiến nghị and phản ánh together in 04/XLD), plus
// nhiều nội dung.
var PetitionKinds = []ContentKind{ContentComplaint, ContentDenunciation, ContentRecommendation, ContentFeedback, ContentMixed}

// Field is a lĩnh vực of the statistics (law.md §8.2).
type Field string

// The fields. Khiếu nại and tố cáo use the hành chính sub-fields; kiến nghị,
// phản ánh use FieldPolicy, FieldLand, FieldJudicial and FieldOther.
const (
	FieldPolicy       Field = "policy"        // Hành chính › Chế độ, chính sách
	FieldLand         Field = "land"          // Hành chính › Đất đai, nhà cửa
	FieldCivilService Field = "civil-service" // Hành chính › Công chức, công vụ (tố cáo only)
	FieldAdminOther   Field = "admin-other"   // Hành chính › Khác
	FieldJudicial     Field = "judicial"      // Tư pháp
	FieldParty        Field = "party"         // Đảng, đoàn thể
	FieldCorruption   Field = "corruption"    // Tham nhũng (tố cáo only)
	FieldOther        Field = "other"         // Lĩnh vực khác
)

var fieldLabels = map[Field]string{
	FieldPolicy: "Chế độ, chính sách", FieldLand: "Đất đai, nhà cửa", FieldCivilService: "Công chức, công vụ",
	FieldAdminOther: "Hành chính khác", FieldJudicial: "Tư pháp", FieldParty: "Đảng, đoàn thể",
	FieldCorruption: "Tham nhũng", FieldOther: "Lĩnh vực khác",
}

// Label returns the Vietnamese name.
func (f Field) Label() string { return fieldLabels[f] }

// FieldsFor lists the fields a petition of kind k may have, in the order of
// its biểu (02/XLD, 03/XLD, 04/XLD); nhiều nội dung may have any.
func FieldsFor(k ContentKind) []Field {
	switch k {
	case ContentComplaint:
		return []Field{FieldPolicy, FieldLand, FieldAdminOther, FieldJudicial, FieldParty, FieldOther}
	case ContentDenunciation:
		return []Field{FieldPolicy, FieldLand, FieldCivilService, FieldAdminOther, FieldCorruption, FieldJudicial, FieldParty, FieldOther}
	case ContentRecommendation, ContentFeedback:
		return []Field{FieldPolicy, FieldLand, FieldJudicial, FieldOther}
	}
	return []Field{FieldPolicy, FieldLand, FieldCivilService, FieldAdminOther, FieldCorruption, FieldJudicial, FieldParty, FieldOther}
}

// IneligibleReason says why a petition is không đủ điều kiện xử lý; "" when
// it is eligible.
type IneligibleReason string

// The reasons a petition is not eligible.
const (
	IneligibleDuplicate IneligibleReason = "duplicate" // đơn trùng
	IneligibleAnonymous IneligibleReason = "anonymous" // đơn nặc danh, mạo danh (Luật Tố cáo Art. 25)
	IneligibleUnclear   IneligibleReason = "unclear"   // không rõ nội dung, không rõ địa chỉ
	IneligibleUnsigned  IneligibleReason = "unsigned"  // không có chữ ký hoặc điểm chỉ
	IneligibleOther     IneligibleReason = "other"     // lý do khác, ghi rõ
)

var ineligibleLabels = map[IneligibleReason]string{
	IneligibleDuplicate: "Đơn trùng", IneligibleAnonymous: "Đơn nặc danh, mạo danh",
	IneligibleUnclear: "Đơn không rõ nội dung, địa chỉ", IneligibleUnsigned: "Đơn không có chữ ký hoặc điểm chỉ",
	IneligibleOther: "Lý do khác",
}

// Label returns the Vietnamese name.
func (r IneligibleReason) Label() string { return ineligibleLabels[r] }

// PriorStatus is how far the matter was resolved before this petition
// (tình trạng giải quyết, law.md §8.3).
type PriorStatus string

// The prior statuses. The first four apply to khiếu nại, kiến nghị and
// phản ánh; PriorOverdue and PriorConcluded are the "tố cáo tiếp" of 03/XLD.
const (
	PriorNone      PriorStatus = "none"      // chưa được giải quyết
	PriorFirst     PriorStatus = "first"     // đã giải quyết lần đầu
	PriorSecond    PriorStatus = "second"    // đã giải quyết lần hai (nhiều lần)
	PriorJudgment  PriorStatus = "judgment"  // đã có bản án của tòa
	PriorOverdue   PriorStatus = "overdue"   // tố cáo tiếp: quá thời hạn chưa giải quyết
	PriorConcluded PriorStatus = "concluded" // tố cáo tiếp: đã có kết luận giải quyết
)

var priorStatusLabels = map[PriorStatus]string{
	PriorNone: "Chưa được giải quyết", PriorFirst: "Đã giải quyết lần đầu", PriorSecond: "Đã giải quyết lần hai",
	PriorJudgment: "Đã có bản án của tòa", PriorOverdue: "Tố cáo tiếp: quá thời hạn chưa giải quyết",
	PriorConcluded: "Tố cáo tiếp: đã có kết luận giải quyết",
}

// Label returns the Vietnamese name.
func (p PriorStatus) Label() string { return priorStatusLabels[p] }

// Petition is a row of the petition register (sổ tiếp nhận, xử lý đơn).
// Petitioners of a tố cáo, and anyone marked giữ bí mật, are sealed in the
// store exactly as a visit's citizens are.
type Petition struct {
	ID int64 `json:"id"`
	// Number is the receipt number (số đơn) within Year.
	Number int `json:"number"`
	Year   int `json:"year"`
	// ReceivedOn is the ISO date the ward received it.
	ReceivedOn string         `json:"receivedOn"`
	Source     PetitionSource `json:"source"`
	// VisitID links a petition handed in at reception to its visit.
	VisitID int64 `json:"visitId"`
	// ForwardingBody, its category, document number and ISO date: for a
	// petition forwarded by another body.
	ForwardingBody     string             `json:"forwardingBody"`
	ForwardingCategory ForwardingCategory `json:"forwardingCategory"`
	ForwardingDoc      string             `json:"forwardingDoc"`
	ForwardingDocDate  string             `json:"forwardingDocDate"`
	FilerKind          FilerKind          `json:"filerKind"`
	Petitioners        []Citizen          `json:"petitioners"`
	// PeopleCount is the number of people who signed (≥ len(Petitioners)).
	PeopleCount int `json:"peopleCount"`
	// Respondent is who or what is complained about or denounced.
	Respondent string      `json:"respondent"`
	PlaceArose string      `json:"placeArose"`
	Kind       ContentKind `json:"kind"`
	Field      Field       `json:"field"`
	Summary    string      `json:"summary"`
	// Eligible: đủ điều kiện xử lý; otherwise IneligibleReason and a note.
	Eligible         bool             `json:"eligible"`
	IneligibleReason IneligibleReason `json:"ineligibleReason"`
	IneligibleNote   string           `json:"ineligibleNote"`
	WithinCompetence bool             `json:"withinCompetence"`
	PriorStatus      PriorStatus      `json:"priorStatus"`
	// DuplicateOf is the petition this one repeats (0: none).
	DuplicateOf int64 `json:"duplicateOf"`
	// MatterID is the vụ việc; 0 on a new petition starts one.
	MatterID int64  `json:"matterId"`
	Notes    string `json:"notes"`

	// Derived when read.

	// Handled: a closing handling action is recorded (every action but
	// urge and reply-received closes the xử lý đơn stage).
	Handled bool `json:"handled"`
	// HandledBy is the latest closing action's kind ("" while not handled),
	// for the register's Kết quả xử lý column.
	HandledBy ActionKind `json:"handledBy"`
	// HandlingDue is the xử lý đơn deadline (ISO) with its rule and citation:
	// tố cáo — Luật Tố cáo Art. 24.1 (07 ngày làm việc, extendable to 10);
	// others — TT 05/2021 (xu-ly-don), as the unit reads it.
	HandlingDue      string           `json:"handlingDue"`
	HandlingRule     string           `json:"handlingRule"`
	HandlingCitation string           `json:"handlingCitation"`
	Actions          []PetitionAction `json:"actions"`
	Attachments      []AttachmentInfo `json:"attachments"`
	CaseID           int64            `json:"caseId"`
	Revision         int64            `json:"revision"`
	UpdatedAt        string           `json:"updatedAt,omitempty"`
}

// ActionKind is a step of xử lý đơn (TT 05/2021 Arts. 13–16; law.md §1.4).
type ActionKind string

// The handling actions.
const (
	ActionProposeAcceptance ActionKind = "propose-acceptance" // đề xuất thụ lý (Phiếu đề xuất thụ lý đơn, TT 05/2021 Mẫu 01)
	ActionGuide             ActionKind = "guide"              // hướng dẫn
	ActionTransfer          ActionKind = "transfer"           // chuyển đơn (tố cáo: Phiếu chuyển đơn tố cáo, Mẫu 03; only once)
	ActionUrge              ActionKind = "urge"               // đôn đốc
	ActionAnswer            ActionKind = "answer"             // trả lời, giải thích
	ActionReturn            ActionKind = "return"             // trả lại đơn
	ActionFile              ActionKind = "file"               // lưu đơn, lưu theo dõi
	ActionReplyReceived     ActionKind = "reply-received"     // văn bản phúc đáp nhận được from the body we transferred to
)

// ActionKinds lists the actions in the order the UI offers them.
var ActionKinds = []ActionKind{ActionProposeAcceptance, ActionGuide, ActionTransfer, ActionUrge, ActionAnswer,
	ActionReturn, ActionFile, ActionReplyReceived}

var actionKindLabels = map[ActionKind]string{
	ActionProposeAcceptance: "Đề xuất thụ lý", ActionGuide: "Hướng dẫn", ActionTransfer: "Chuyển đơn",
	ActionUrge: "Đôn đốc", ActionAnswer: "Trả lời", ActionReturn: "Trả lại đơn", ActionFile: "Lưu theo dõi",
	ActionReplyReceived: "Nhận văn bản phúc đáp",
}

// Label returns the Vietnamese name.
func (k ActionKind) Label() string { return actionKindLabels[k] }

// Closes reports whether the action ends the xử lý đơn stage (its deadline
// is then met).
func (k ActionKind) Closes() bool { return k != ActionUrge && k != ActionReplyReceived }

// PetitionAction is one dated handling step, with its document.
type PetitionAction struct {
	ID         int64      `json:"id"`
	PetitionID int64      `json:"petitionId"`
	Kind       ActionKind `json:"kind"`
	// Date is the ISO date of the step (of its document).
	Date string `json:"date"`
	// DocNumber is the number of the document issued or received.
	DocNumber string `json:"docNumber"`
	// Body is the body guided or transferred to, urged, or that replied.
	Body string `json:"body"`
	Note string `json:"note"`
	// By is the account that recorded it.
	By        string `json:"by"`
	CreatedAt string `json:"createdAt"`
}

// AttachmentInfo describes a scan or photo attached to a petition (the bytes
// are fetched separately; a protected petition's are sealed).
type AttachmentInfo struct {
	ID      int64  `json:"id"`
	Name    string `json:"name"`
	MIME    string `json:"mime"`
	Size    int64  `json:"size"`
	AddedAt string `json:"addedAt"`
}

// CaseKind is the procedure of a case within the ward's competence.
type CaseKind string

// The case kinds and the deadline rules they follow (app/law).
const (
	CaseComplaintFirst  CaseKind = "complaint-first"  // khiếu nại lần đầu (Luật Khiếu nại Art. 27–28)
	CaseComplaintSecond CaseKind = "complaint-second" // khiếu nại lần hai (Art. 36–37); the ward is rarely the second-round resolver
	CaseDenunciation    CaseKind = "denunciation"     // tố cáo (Luật Tố cáo Art. 29–30)
	CaseRecommendation  CaseKind = "recommendation"   // kiến nghị, phản ánh (no statutory resolution period: the unit sets one)
)

var caseKindLabels = map[CaseKind]string{
	CaseComplaintFirst: "Khiếu nại lần đầu", CaseComplaintSecond: "Khiếu nại lần hai",
	CaseDenunciation: "Tố cáo", CaseRecommendation: "Kiến nghị, phản ánh",
}

// Label returns the Vietnamese name.
func (k CaseKind) Label() string { return caseKindLabels[k] }

// Complexity grades a case: phức tạp lengthens a khiếu nại's period (Luật
// Khiếu nại Art. 28, 37) and allows a tố cáo's extensions (Luật Tố cáo Art. 30).
type Complexity string

// The grades.
const (
	ComplexityNone    Complexity = ""        // bình thường
	ComplexityComplex Complexity = "complex" // phức tạp
	ComplexityVery    Complexity = "very"    // đặc biệt phức tạp (tố cáo only)
)

// CaseStatus is where a case stands.
type CaseStatus string

// The statuses, in order.
const (
	CaseProposed  CaseStatus = "proposed"  // đề xuất thụ lý, awaiting the decision to accept
	CaseAccepted  CaseStatus = "accepted"  // thụ lý, being resolved
	CaseSuspended CaseStatus = "suspended" // tạm đình chỉ
	CaseDecided   CaseStatus = "decided"   // quyết định giải quyết / kết luận nội dung tố cáo issued
	CaseWithdrawn CaseStatus = "withdrawn" // rút toàn bộ, or đình chỉ
	CaseRejected  CaseStatus = "rejected"  // không thụ lý (Luật Khiếu nại Art. 11)
	CaseClosed    CaseStatus = "closed"    // thi hành xong
)

var caseStatusLabels = map[CaseStatus]string{
	CaseProposed: "Chờ thụ lý", CaseAccepted: "Đang giải quyết", CaseSuspended: "Tạm đình chỉ",
	CaseDecided: "Đã có quyết định, kết luận", CaseWithdrawn: "Rút đơn, đình chỉ", CaseRejected: "Không thụ lý",
	CaseClosed: "Đã thi hành xong",
}

// Label returns the Vietnamese name.
func (s CaseStatus) Label() string { return caseStatusLabels[s] }

// StepKind is a dated step of a case.
type StepKind string

// The steps of a case.
const (
	StepAccept    StepKind = "accept"    // thụ lý: quyết định / thông báo thụ lý (decision number and date)
	StepReject    StepKind = "reject"    // không thụ lý, with an Art. 11 ground (Thông báo, NĐ 124/2020 Mẫu 04)
	StepVerify    StepKind = "verify"    // giao xác minh: who, by which document
	StepDialogue  StepKind = "dialogue"  // đối thoại: the dialogue date and the invitation date
	StepComplex   StepKind = "complex"   // xác định vụ việc phức tạp, with the checklist reasons
	StepExtend    StepKind = "extend"    // gia hạn (tố cáo: once if complex, twice if especially complex)
	StepSuspend   StepKind = "suspend"   // tạm đình chỉ
	StepResume    StepKind = "resume"    // tiếp tục giải quyết; the period resumes from the decision date
	StepWithdraw  StepKind = "withdraw"  // rút đơn: whole (ends the case) or partial
	StepTerminate StepKind = "terminate" // đình chỉ not by withdrawal
	StepDecide    StepKind = "decide"    // quyết định giải quyết / kết luận nội dung tố cáo, with the result and figures
	StepEnforce   StepKind = "enforce"   // thi hành: a follow-up; Done closes the case
)

var stepKindLabels = map[StepKind]string{
	StepAccept: "Thụ lý", StepReject: "Không thụ lý", StepVerify: "Giao xác minh", StepDialogue: "Đối thoại",
	StepComplex: "Xác định vụ việc phức tạp", StepExtend: "Gia hạn", StepSuspend: "Tạm đình chỉ",
	StepResume: "Tiếp tục giải quyết", StepWithdraw: "Rút đơn", StepTerminate: "Đình chỉ",
	StepDecide: "Quyết định, kết luận", StepEnforce: "Thi hành",
}

// Label returns the Vietnamese name.
func (k StepKind) Label() string { return stepKindLabels[k] }

// Result is the finding of a decision or conclusion.
type Result string

// The results (law.md §8.3).
const (
	ResultUpheld     Result = "upheld"     // khiếu nại đúng / tố cáo đúng
	ResultRejected   Result = "rejected"   // khiếu nại sai / tố cáo sai
	ResultPartly     Result = "partly"     // đúng một phần / có đúng có sai
	ResultRecognised Result = "recognised" // lần hai: công nhận quyết định lần đầu
	ResultOverturned Result = "overturned" // lần hai: hủy, sửa quyết định lần đầu
	ResultResolved   Result = "resolved"   // kiến nghị, phản ánh: đã giải quyết
)

// ResultsFor lists the results a decision on a case of kind k may have.
func ResultsFor(k CaseKind) []Result {
	switch k {
	case CaseComplaintSecond:
		return []Result{ResultRecognised, ResultOverturned}
	case CaseRecommendation:
		return []Result{ResultResolved}
	}
	return []Result{ResultUpheld, ResultRejected, ResultPartly}
}

// ResultLabel returns the result as the form prints it for a case of kind k.
func ResultLabel(k CaseKind, r Result) string {
	noun := "Khiếu nại"
	if k == CaseDenunciation {
		noun = "Tố cáo"
	}
	switch r {
	case ResultUpheld:
		return noun + " đúng"
	case ResultRejected:
		return noun + " sai"
	case ResultPartly:
		if k == CaseDenunciation {
			return "Tố cáo có đúng, có sai"
		}
		return "Khiếu nại đúng một phần"
	case ResultRecognised:
		return "Công nhận quyết định giải quyết lần đầu"
	case ResultOverturned:
		return "Hủy, sửa quyết định giải quyết lần đầu"
	case ResultResolved:
		return "Đã giải quyết"
	}
	return ""
}

// Figures are the money, land and people counts of a decision (biểu 01/KQGQ
// columns 7–19) and of its enforcement (02/KQGQ). Money is in triệu đồng,
// land in m².
type Figures struct {
	RecoverMoney         float64 `json:"recoverMoney"`         // kiến nghị thu hồi cho Nhà nước: tiền
	RecoverLand          float64 `json:"recoverLand"`          // … đất
	ReturnOrgMoney       float64 `json:"returnOrgMoney"`       // trả lại cho tổ chức: tiền
	ReturnOrgLand        float64 `json:"returnOrgLand"`        // … đất
	ReturnPersonMoney    float64 `json:"returnPersonMoney"`    // trả lại cho cá nhân: tiền
	ReturnPersonLand     float64 `json:"returnPersonLand"`     // … đất
	OrgsRestored         int     `json:"orgsRestored"`         // số tổ chức được trả lại quyền lợi
	PeopleRestored       int     `json:"peopleRestored"`       // số cá nhân được trả lại quyền lợi
	DisciplinePeople     int     `json:"disciplinePeople"`     // kiến nghị xử lý hành chính: số người
	DisciplineOfficials  int     `json:"disciplineOfficials"`  // … trong đó cán bộ, công chức, viên chức
	ProsecutionCases     int     `json:"prosecutionCases"`     // chuyển cơ quan điều tra: số vụ
	ProsecutionPeople    int     `json:"prosecutionPeople"`    // … số người
	ProsecutionOfficials int     `json:"prosecutionOfficials"` // … trong đó cán bộ, công chức, viên chức
}

// Case is a matter within the ward chairman's competence, from thụ lý to
// enforcement. Status, the deadlines and the allowed next steps are derived
// from its steps by app/law and app.
type Case struct {
	ID         int64    `json:"id"`
	PetitionID int64    `json:"petitionId"`
	MatterID   int64    `json:"matterId"`
	Kind       CaseKind `json:"kind"`
	// Remote: vùng sâu, vùng xa đi lại khó khăn (longer khiếu nại periods).
	Remote     bool       `json:"remote"`
	Complexity Complexity `json:"complexity"`
	// ComplexityReasons are codes of the 2026 checklist (app/law).
	ComplexityReasons []string `json:"complexityReasons"`
	// ProposedOn is the date of the đề xuất thụ lý; AcceptanceDue the thụ lý
	// deadline counted from the petition's receipt.
	ProposedOn         string `json:"proposedOn"`
	AcceptanceDue      string `json:"acceptanceDue"`
	AcceptanceCitation string `json:"acceptanceCitation"`
	// Derived from the steps.
	Status             CaseStatus `json:"status"`
	AcceptedOn         string     `json:"acceptedOn"`
	AcceptanceDoc      string     `json:"acceptanceDoc"`
	ResolutionDue      string     `json:"resolutionDue"`
	ResolutionRule     string     `json:"resolutionRule"`
	ResolutionCitation string     `json:"resolutionCitation"`
	DecidedOn          string     `json:"decidedOn"`
	Result             Result     `json:"result"`
	// OnTime: decided on or before ResolutionDue (01/KQGQ columns 25–26).
	OnTime bool `json:"onTime"`
	// NextSteps are the steps allowed now, for the UI.
	NextSteps []StepKind `json:"nextSteps"`
	Steps     []CaseStep `json:"steps"`
	Revision  int64      `json:"revision"`
	UpdatedAt string     `json:"updatedAt,omitempty"`
}

// CaseStep is one dated step of a case, with its document.
type CaseStep struct {
	ID     int64    `json:"id"`
	CaseID int64    `json:"caseId"`
	Kind   StepKind `json:"kind"`
	// Date is the ISO date of the step's document (the dialogue's day for
	// StepDialogue).
	Date      string `json:"date"`
	DocNumber string `json:"docNumber"`
	// Assignee: who verifies (StepVerify).
	Assignee string `json:"assignee"`
	// InvitedOn: the day the dialogue invitation was sent (StepDialogue).
	InvitedOn string `json:"invitedOn"`
	// Days: the extension's length (StepExtend).
	Days int `json:"days"`
	// Ground: the reason code (StepReject: a Luật Khiếu nại Art. 11 ground;
	// StepSuspend, StepTerminate: free text).
	Ground string `json:"ground"`
	// Partial: a partial withdrawal (StepWithdraw) keeps the case open.
	Partial bool `json:"partial"`
	// Reasons: complexity checklist codes (StepComplex); Complexity its grade.
	Reasons    []string   `json:"reasons"`
	Complexity Complexity `json:"complexity"`
	// Result and Figures: StepDecide; Figures also on StepEnforce (what was
	// done); Done on StepEnforce closes the case.
	Result    Result  `json:"result"`
	Figures   Figures `json:"figures"`
	Done      bool    `json:"done"`
	Note      string  `json:"note"`
	By        string  `json:"by"`
	CreatedAt string  `json:"createdAt"`
}
