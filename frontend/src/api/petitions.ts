import { call } from './bridge';
import type { Case } from './cases';
import type { Citizen } from './reception';

/** domain.PetitionSource: how a petition reached the ward (nguồn đơn). */
export type PetitionSource = 'reception' | 'post' | 'forwarded' | 'other';

/** domain.ForwardingCategory: the category of a forwarding body (NĐ 55/2022 Art. 6.2(d)). */
export type ForwardingCategory =
  | 'national-assembly'
  | 'peoples-council'
  | 'administrative'
  | 'judicial'
  | 'state-audit'
  | 'socio-political'
  | 'other';

/** domain.FilerKind: how many people signed (số người đứng tên). */
export type FilerKind = 'single' | 'many' | 'other';

/** domain.ContentKind of a petition (loại đơn): the kinds of domain.PetitionKinds. */
export type PetitionKind = 'complaint' | 'denunciation' | 'recommendation' | 'feedback' | 'mixed';

/** domain.Field: the lĩnh vực of the statistics. */
export type PetitionField = 'policy' | 'land' | 'civil-service' | 'admin-other' | 'judicial' | 'party' | 'corruption' | 'other';

/** domain.IneligibleReason; '' when the petition is eligible. */
export type IneligibleReason = '' | 'duplicate' | 'anonymous' | 'unclear' | 'unsigned' | 'other';

/** domain.PriorStatus: how far the matter was resolved before (tình trạng giải quyết). */
export type PriorStatus = 'none' | 'first' | 'second' | 'judgment' | 'overdue' | 'concluded';

/** domain.ActionKind: a step of xử lý đơn. */
export type ActionKind = 'propose-acceptance' | 'guide' | 'transfer' | 'urge' | 'answer' | 'return' | 'file' | 'reply-received';

/** domain.PetitionAction: one dated handling step, with its document. */
export interface PetitionAction {
  id: number;
  petitionId: number;
  kind: ActionKind;
  date: string;
  docNumber: string;
  body: string;
  note: string;
  by: string;
  createdAt: string;
}

/** domain.AttachmentInfo: a scan or photo attached to a petition (bytes via petitionAttachment). */
export interface AttachmentInfo {
  id: number;
  name: string;
  mime: string;
  size: number;
  addedAt: string;
}

/** domain.Petition: a row of the sổ tiếp nhận, xử lý đơn; protected petitioners masked. */
export interface Petition {
  id: number;
  number: number;
  year: number;
  receivedOn: string;
  source: PetitionSource;
  visitId: number;
  forwardingBody: string;
  forwardingCategory: ForwardingCategory | '';
  forwardingDoc: string;
  forwardingDocDate: string;
  filerKind: FilerKind;
  petitioners: Citizen[];
  peopleCount: number;
  respondent: string;
  placeArose: string;
  kind: PetitionKind;
  field: PetitionField | '';
  summary: string;
  eligible: boolean;
  ineligibleReason: IneligibleReason;
  ineligibleNote: string;
  withinCompetence: boolean;
  priorStatus: PriorStatus | '';
  duplicateOf: number;
  matterId: number;
  notes: string;
  /** Derived when read: a closing handling action is recorded. */
  handled: boolean;
  /** Derived when read: the latest closing action's kind ('' while not handled). */
  handledBy: ActionKind | '';
  /** Derived when read: the xử lý đơn deadline (ISO), its rule and citation. */
  handlingDue: string;
  handlingRule: string;
  handlingCitation: string;
  actions: PetitionAction[];
  attachments: AttachmentInfo[];
  caseId: number;
  revision: number;
  updatedAt?: string;
}

/** app.DuplicateHint: an earlier petition that the one being typed likely repeats. */
export interface DuplicateHint {
  petitionId: number;
  number: number;
  year: number;
  receivedOn: string;
  kind: PetitionKind;
  summary: string;
  matterId: number;
  /** The first petitioner, or "[Được giữ bí mật]". */
  name: string;
  /** Why, in Vietnamese ("Cùng số giấy tờ tùy thân" …). */
  reasons: string[];
  /** 0..1, higher = more likely. */
  score: number;
}

/** app.PetitionView: a petition with the warnings and likely duplicates of its save, and its case. */
export interface PetitionView extends Petition {
  warnings: string[];
  duplicates: DuplicateHint[];
  case?: Case;
}

/** The status filter of the register: "overdue" is pending with its deadline passed. */
export type PetitionStatusFilter = '' | 'pending' | 'handled' | 'overdue';

/** app.PetitionFilter. */
export interface PetitionFilter {
  from: string;
  to: string;
  kind: PetitionKind | '';
  source: PetitionSource | '';
  status: PetitionStatusFilter;
  /** A fragment of name, ID, address or summary; diacritics optional. */
  text: string;
  limit: number;
  offset: number;
}

/** app.PetitionPage. */
export interface PetitionPage {
  rows: PetitionView[];
  total: number;
}

/** app.DuplicateQuery: what is typed so far of a new petition. */
export interface DuplicateQuery {
  petitioners: Citizen[];
  summary: string;
  excludeId: number;
}

/** app.NewAction: a handling step to add to the petition as read (revision). */
export interface NewAction extends PetitionAction {
  petitionId: number;
  revision: number;
}

/** How sure the app is of a form's wording (reports.FormInfo.Status). */
export type FormStatus = 'CONFIRMED' | 'UNCONFIRMED' | 'VENDOR';

/** reports.FormInfo: one printable form, with where its wording comes from. */
export interface FormInfo {
  code: string;
  title: string;
  source: string;
  status: FormStatus;
  note: string;
}

/** Registers a new petition (id 0) or updates one (revision as read); protected petitioners are sealed in Go. */
export const savePetition = (p: Petition) => call<PetitionView>('app.Petitions.Save', p);

/** One petition, protected petitioners masked. */
export const getPetition = (id: number) => call<PetitionView>('app.Petitions.Petition', id);

/** The register, filtered. */
export const listPetitions = (f: PetitionFilter) => call<PetitionPage>('app.Petitions.List', f);

/** Earlier petitions that the one being typed likely repeats, most likely first. */
export const findDuplicates = (q: DuplicateQuery) => call<DuplicateHint[]>('app.Petitions.FindDuplicates', q);

/** Records a handling step; Go refuses (Invalid, nothing written) what the law does not allow, e.g. a second transfer of a tố cáo. */
export const addPetitionAction = (a: NewAction) => call<PetitionView>('app.Petitions.AddAction', a);

/** Attaches a scan (PDF, JPEG or PNG, at most 10 MB) given as base64. */
export const attachToPetition = (petitionId: number, name: string, mime: string, dataBase64: string) =>
  call<AttachmentInfo>('app.Petitions.Attach', petitionId, name, mime, dataBase64);

/** The bytes of an attachment, base64 (written to the audit trail). */
export const petitionAttachment = (id: number) => call<string>('app.Petitions.Attachment', id);

/** Reveals a protected petitioner, for a reason that goes to the audit trail. */
export const revealPetitioner = (petitionId: number, position: number, reason: string) =>
  call<Citizen>('app.Petitions.RevealPetitioner', petitionId, position, reason);

/** The document of a handling step that has one (phiếu đề xuất thụ lý, phiếu chuyển đơn …), as a base64 PDF. */
export const petitionDocumentPDF = (petitionId: number, actionId: number) =>
  call<string>('app.Petitions.DocumentPDF', petitionId, actionId);

/** The catalogue of printable forms, for Công cụ › Về biểu mẫu. */
export const formCatalog = () => call<FormInfo[]>('app.Petitions.Forms');
