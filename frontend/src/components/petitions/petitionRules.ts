// The pure rules of the Đơn thư screens: which choices a petition of a kind
// offers, how near its deadline is, and what a likely duplicate says. They
// mirror app/domain so the form offers only what Go will accept; Go checks
// everything again.
import type {
  ActionKind,
  Citizen,
  DuplicateHint,
  DuplicateQuery,
  FilerKind,
  ForwardingCategory,
  IneligibleReason,
  Petition,
  PetitionField,
  PetitionKind,
  PetitionSource,
  PriorStatus,
} from '../../api';
import { t } from '../../locales';
import { formatDate } from '../../util/date';

/** domain.PetitionKinds, in the register's order. */
export const petitionKinds: PetitionKind[] = ['complaint', 'denunciation', 'recommendation', 'feedback', 'mixed'];

/** domain.PetitionSources. */
export const petitionSources: PetitionSource[] = ['reception', 'post', 'forwarded', 'other'];

/** domain.ForwardingCategories, in NĐ 55/2022's order. */
export const forwardingCategories: ForwardingCategory[] = [
  'national-assembly',
  'peoples-council',
  'administrative',
  'judicial',
  'state-audit',
  'socio-political',
  'other',
];

/** The filer kinds of biểu 01/XLD. */
export const filerKinds: FilerKind[] = ['single', 'many', 'other'];

/** The reasons a petition is not eligible (domain.IneligibleReason without ''). */
export const ineligibleReasons: Exclude<IneligibleReason, ''>[] = ['duplicate', 'anonymous', 'unclear', 'unsigned', 'other'];

/** domain.ActionKinds, in the order the UI offers them. */
export const actionKinds: ActionKind[] = ['propose-acceptance', 'guide', 'transfer', 'urge', 'answer', 'return', 'file', 'reply-received'];

const allFields: PetitionField[] = ['policy', 'land', 'civil-service', 'admin-other', 'corruption', 'judicial', 'party', 'other'];

/**
 * The lĩnh vực a petition of kind k may have, in the order of its biểu
 * (mirror of domain.FieldsFor): công chức, công vụ and tham nhũng are tố cáo
 * only; kiến nghị, phản ánh have the four of 04/XLD; nhiều nội dung any.
 */
export function fieldsFor(k: PetitionKind | '' | undefined): PetitionField[] {
  switch (k) {
    case 'complaint':
      return ['policy', 'land', 'admin-other', 'judicial', 'party', 'other'];
    case 'denunciation':
      return ['policy', 'land', 'civil-service', 'admin-other', 'corruption', 'judicial', 'party', 'other'];
    case 'recommendation':
    case 'feedback':
      return ['policy', 'land', 'judicial', 'other'];
  }
  return allFields;
}

/**
 * The tình trạng giải quyết trước đó a petition of kind k may have (mirror of
 * the domain's priorStatusesFor): a tố cáo has the "tố cáo tiếp" of 03/XLD,
 * every other kind the rounds of a complaint.
 */
export function priorStatusesFor(k: PetitionKind | '' | undefined): PriorStatus[] {
  return k === 'denunciation' ? ['none', 'overdue', 'concluded'] : ['none', 'first', 'second', 'judgment'];
}

/** How near a petition's handling deadline is. */
export type DueState = 'handled' | 'none' | 'overdue' | 'today' | 'soon' | 'later';

const day = 24 * 60 * 60 * 1000;

/** Days from ISO date a to ISO date b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b.slice(0, 10)) - Date.parse(a.slice(0, 10))) / day);
}

/**
 * The state of a petition's handling deadline on today: overdue the day
 * after its deadline and not before; soon within the next 3 days.
 */
export function dueState(p: Pick<Petition, 'handled' | 'handlingDue'>, today: string): DueState {
  if (p.handled) return 'handled';
  if (!p.handlingDue) return 'none';
  const left = daysBetween(today, p.handlingDue);
  if (left < 0) return 'overdue';
  if (left === 0) return 'today';
  return left <= 3 ? 'soon' : 'later';
}

/** The colour of a deadline in the register: red when overdue, orange when today or within 3 days. */
export function dueColour(s: DueState): string | undefined {
  if (s === 'overdue') return 'red';
  if (s === 'today' || s === 'soon') return 'orange';
  if (s === 'handled') return 'green';
  return undefined;
}

/** The actions whose document the app prints (Petitions.DocumentPDF). */
const documented: ActionKind[] = ['propose-acceptance', 'transfer', 'guide', 'return'];

/** Whether an action of kind k has a document to print. */
export const hasDocument = (k: ActionKind) => documented.includes(k);

/** The key in vi.json of the title of the document of an action of kind k on a petition of kind pk. */
export function documentKey(k: ActionKind, pk: PetitionKind): string {
  if (k === 'transfer' && pk === 'denunciation') return 'petitions.documents.transfer-denunciation';
  return `petitions.documents.${k}`;
}

/**
 * The handling actions that make sense now: đề xuất thụ lý for an eligible
 * petition within competence that has no case yet; hướng dẫn and chuyển đơn
 * for one outside it; đôn đốc and the reply only after a transfer; trả lời,
 * trả lại and lưu theo dõi always. A second transfer of a tố cáo stays on
 * offer so that Go, which holds the rule, says why it is refused.
 */
export function actionKindsFor(p: Pick<Petition, 'eligible' | 'withinCompetence' | 'caseId' | 'actions'>): ActionKind[] {
  const transferred = p.actions.some((a) => a.kind === 'transfer');
  const proposed = p.caseId > 0 || p.actions.some((a) => a.kind === 'propose-acceptance');
  return actionKinds.filter((k) => {
    switch (k) {
      case 'propose-acceptance':
        return p.eligible && p.withinCompetence && !proposed;
      case 'guide':
      case 'transfer':
        return !p.withinCompetence;
      case 'urge':
      case 'reply-received':
        return transferred;
    }
    return true;
  });
}

/** The shortest fragments worth asking Go about while the clerk types. */
const minName = 5;
const minID = 6;
const minSummary = 15;

/**
 * The duplicate search for what is typed so far, or undefined while nothing
 * is long enough to tell petitions apart.
 */
export function duplicateQueryOf(petitioners: Partial<Citizen>[] | undefined, summary: string | undefined, excludeId: number): DuplicateQuery | undefined {
  const people = (petitioners ?? [])
    .filter((c) => !c.masked)
    .map((c) => ({ name: c.name?.trim() ?? '', idNumber: c.idNumber?.trim() ?? '', address: c.address?.trim() ?? '' }))
    .filter((c) => c.name.length >= minName || c.idNumber.length >= minID);
  const text = summary?.trim() ?? '';
  if (people.length === 0 && text.length < minSummary) return undefined;
  return {
    petitioners: people.map((c) => ({ ...blankCitizen, ...c })),
    summary: text.length >= minSummary ? text : '',
    excludeId,
  };
}

/** "Đơn số 3/2026, nhận ngày 25/11/2026 — Nguyễn Văn Dũng": how a hint names the earlier petition. */
export function hintTitle(h: DuplicateHint): string {
  return t('petitions.hintTitle', { n: h.number, year: h.year, date: formatDate(h.receivedOn), name: h.name });
}

/** The hints most likely first, each once. */
export function sortHints(hints: DuplicateHint[]): DuplicateHint[] {
  const seen = new Set<number>();
  return [...hints]
    .sort((a, b) => b.score - a.score || b.receivedOn.localeCompare(a.receivedOn))
    .filter((h) => !seen.has(h.petitionId) && seen.add(h.petitionId));
}

/** A person with every field present, as Go expects. */
export const blankCitizen: Citizen = {
  name: '',
  idKind: 'can-cuoc',
  idNumber: '',
  idIssueDate: '',
  idIssuePlace: '',
  idDescription: '',
  birthDate: '',
  address: '',
  phone: '',
  representative: false,
  protected: false,
  masked: false,
};

/** A new petition received on today, with the usual defaults. */
export function blankPetition(today: string): Petition {
  return {
    id: 0,
    number: 0,
    year: 0,
    receivedOn: today,
    source: 'post',
    visitId: 0,
    forwardingBody: '',
    forwardingCategory: '',
    forwardingDoc: '',
    forwardingDocDate: '',
    filerKind: 'single',
    petitioners: [{ ...blankCitizen }],
    peopleCount: 1,
    respondent: '',
    placeArose: '',
    kind: 'complaint',
    field: '',
    summary: '',
    eligible: true,
    ineligibleReason: '',
    ineligibleNote: '',
    withinCompetence: true,
    priorStatus: 'none',
    duplicateOf: 0,
    matterId: 0,
    notes: '',
    handled: false,
    handledBy: '',
    handlingDue: '',
    handlingRule: '',
    handlingCitation: '',
    actions: [],
    attachments: [],
    caseId: 0,
    revision: 0,
  };
}

/**
 * The petition to save from the form's values over base (the petition as
 * read, or a blank one): what the chosen source, eligibility and kind make
 * irrelevant is cleared, so a changed choice leaves no stale value behind.
 */
export function toPetition(base: Petition, values: Partial<Petition>, link: { duplicateOf: number; matterId: number }): Petition {
  const p: Petition = { ...base, ...values, ...link };
  p.petitioners = (values.petitioners ?? base.petitioners).map((c) => ({ ...blankCitizen, ...c }));
  if (p.source !== 'forwarded') {
    Object.assign(p, { forwardingBody: '', forwardingCategory: '', forwardingDoc: '', forwardingDocDate: '' });
  }
  if (p.source !== 'reception') p.visitId = 0;
  if (p.eligible) Object.assign(p, { ineligibleReason: '', ineligibleNote: '' });
  if (p.field && !fieldsFor(p.kind).includes(p.field)) p.field = '';
  if (p.priorStatus && !priorStatusesFor(p.kind).includes(p.priorStatus)) p.priorStatus = 'none';
  for (const k of ['visitId', 'peopleCount'] as const) p[k] = p[k] ?? 0;
  for (const k of ['respondent', 'placeArose', 'summary', 'notes', 'ineligibleNote', 'forwardingBody', 'forwardingDoc', 'forwardingDocDate'] as const) {
    p[k] = p[k] ?? '';
  }
  // An emptied select gives undefined; Go expects "".
  p.field = p.field ?? '';
  p.forwardingCategory = p.forwardingCategory ?? '';
  p.ineligibleReason = p.ineligibleReason ?? '';
  p.priorStatus = p.priorStatus ?? '';
  return p;
}

