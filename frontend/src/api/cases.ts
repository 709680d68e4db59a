import { call } from './bridge';

/** domain.CaseKind: the procedure of a case within the ward's competence. */
export type CaseKind = 'complaint-first' | 'complaint-second' | 'denunciation' | 'recommendation';

/** domain.CaseStatus. */
export type CaseStatus = 'proposed' | 'accepted' | 'suspended' | 'decided' | 'withdrawn' | 'rejected' | 'closed';

/** domain.StepKind: a dated step of a case. */
export type StepKind =
  | 'accept'
  | 'reject'
  | 'verify'
  | 'dialogue'
  | 'complex'
  | 'extend'
  | 'suspend'
  | 'resume'
  | 'withdraw'
  | 'terminate'
  | 'decide'
  | 'enforce';

/** domain.Result: the finding of a decision or conclusion. */
export type Result = 'upheld' | 'rejected' | 'partly' | 'recognised' | 'overturned' | 'resolved';

/** domain.Complexity: '' bình thường, phức tạp, đặc biệt phức tạp (tố cáo only). */
export type Complexity = '' | 'complex' | 'very';

/** domain.Figures: money (triệu đồng), land (m²) and people of a decision (biểu 01/KQGQ) or its enforcement. */
export interface Figures {
  recoverMoney: number;
  recoverLand: number;
  returnOrgMoney: number;
  returnOrgLand: number;
  returnPersonMoney: number;
  returnPersonLand: number;
  orgsRestored: number;
  peopleRestored: number;
  disciplinePeople: number;
  disciplineOfficials: number;
  prosecutionCases: number;
  prosecutionPeople: number;
  prosecutionOfficials: number;
}

/** domain.CaseStep: one dated step of a case, with its document. */
export interface CaseStep {
  id: number;
  caseId: number;
  kind: StepKind;
  date: string;
  docNumber: string;
  assignee: string;
  invitedOn: string;
  days: number;
  ground: string;
  partial: boolean;
  reasons: string[];
  complexity: Complexity;
  result: Result | '';
  figures: Figures;
  done: boolean;
  note: string;
  by: string;
  createdAt: string;
}

/** domain.Case: a matter within the chairman's competence; status, deadlines and next steps derived in Go. */
export interface Case {
  id: number;
  petitionId: number;
  matterId: number;
  kind: CaseKind;
  remote: boolean;
  complexity: Complexity;
  complexityReasons: string[];
  proposedOn: string;
  acceptanceDue: string;
  acceptanceCitation: string;
  status: CaseStatus;
  acceptedOn: string;
  acceptanceDoc: string;
  resolutionDue: string;
  resolutionRule: string;
  resolutionCitation: string;
  decidedOn: string;
  result: Result | '';
  onTime: boolean;
  nextSteps: StepKind[];
  steps: CaseStep[];
  revision: number;
  updatedAt?: string;
}

/** app.CaseView: a case with its petition's number and first petitioner (masked when protected). */
export interface CaseView extends Case {
  petitionNumber: number;
  petitionYear: number;
  summary: string;
  name: string;
  isGroup: boolean;
}

/** app.CaseFilter. */
export interface CaseFilter {
  status: CaseStatus | '';
  kind: CaseKind | '';
  limit: number;
  offset: number;
}

/** app.CasePage. */
export interface CasePage {
  rows: CaseView[];
  total: number;
}

/** app.NewStep: a step to add to the case as read (revision). */
export interface NewStep extends CaseStep {
  caseId: number;
  revision: number;
  /** On thụ lý: vùng sâu, vùng xa đi lại khó khăn (longer khiếu nại periods). */
  remote: boolean;
}

/** app.ChecklistItem: one ground of the complexity checklist. */
export interface ChecklistItem {
  code: string;
  text: string;
  citation: string;
}

/** One case. */
export const getCase = (id: number) => call<CaseView>('app.Cases.Case', id);

/** The cases matching f. */
export const listCases = (f: CaseFilter) => call<CasePage>('app.Cases.List', f);

/** Adds a step; Go refuses (Invalid, nothing written) a step the law does not allow now. */
export const addCaseStep = (s: NewStep) => call<CaseView>('app.Cases.AddStep', s);

/** The document of a step that has one, as a base64 PDF (audited as a print). */
export const caseDocumentPDF = (caseId: number, stepId: number) => call<string>('app.Cases.DocumentPDF', caseId, stepId);

/** The checklist of what makes a case phức tạp. */
export const complexityChecklist = () => call<ChecklistItem[]>('app.Cases.ComplexityChecklist');
/** The grounds for not accepting a khiếu nại (Luật Khiếu nại Art. 11), for a reject step. */
export const notAcceptGrounds = () => call<ChecklistItem[]>('app.Cases.NotAcceptGrounds');
