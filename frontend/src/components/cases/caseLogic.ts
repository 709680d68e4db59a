// Pure rules of the Vụ việc screens: which buttons a case offers, which
// results a decision may have, which deadline is the current one and how
// near it is. Go decides what is allowed (NextSteps) and computes every date;
// this module only arranges and labels what Go returned.
import type { Case, CaseKind, Complexity, Result, StepKind } from '../../api';
import { has, t } from '../../locales';

/** The steps in the order of the procedure, which is the order of the buttons. */
export const stepOrder: StepKind[] = [
  'accept',
  'reject',
  'verify',
  'dialogue',
  'complex',
  'extend',
  'suspend',
  'resume',
  'withdraw',
  'terminate',
  'decide',
  'enforce',
];

/** The steps that end or refuse a case: their buttons are marked as dangerous. */
const ending = new Set<StepKind>(['reject', 'withdraw', 'terminate']);

/** One button of the case detail. */
export interface StepButton {
  kind: StepKind;
  label: string;
  primary: boolean;
  danger: boolean;
}

/** The buttons for the steps the server allows now, in the order of the procedure. */
export function nextStepButtons(c: Pick<Case, 'nextSteps'>): StepButton[] {
  const allowed = new Set(c.nextSteps ?? []);
  return stepOrder
    .filter((k) => allowed.has(k))
    .map((kind) => ({ kind, label: stepLabel(kind), primary: kind === 'accept' || kind === 'decide', danger: ending.has(kind) }));
}

/** The Vietnamese name of a step. */
export const stepLabel = (k: StepKind) => t(`cases.steps.${k}`);

/** The results a decision on a case of kind may have (domain.ResultsFor). */
export function resultsFor(kind: CaseKind): Result[] {
  switch (kind) {
    case 'complaint-second':
      return ['recognised', 'overturned'];
    case 'recommendation':
      return ['resolved'];
    default:
      return ['upheld', 'rejected', 'partly'];
  }
}

/** A result as the form prints it for a case of kind (domain.ResultLabel). */
export function resultLabel(kind: CaseKind, r: Result | ''): string {
  if (!r) return '';
  if (r === 'upheld' || r === 'rejected' || r === 'partly') {
    return t(`cases.results.${kind === 'denunciation' ? 'denunciation' : 'complaint'}.${r}`);
  }
  return t(`cases.results.${r}`);
}

/** The options of the result select of a decision. */
export const resultOptions = (kind: CaseKind) => resultsFor(kind).map((r) => ({ value: r, label: resultLabel(kind, r) }));

/**
 * The grades a complex step may record: a tố cáo is phức tạp (one extension)
 * or đặc biệt phức tạp (two); a khiếu nại is only phức tạp.
 */
export const complexityGrades = (kind: CaseKind): Exclude<Complexity, ''>[] => (kind === 'denunciation' ? ['complex', 'very'] : ['complex']);

/** How near a deadline is; '' when it is more than 3 days away or there is none. */
export type Nearness = 'overdue' | 'today' | 'soon' | '';

const dayNumber = (iso: string) => {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

/**
 * How near due (ISO) is on today: overdue the day after it and not before
 * (today > due), "today" on the day itself, "soon" within the next 3 days.
 */
export function nearness(due: string, today: string): Nearness {
  if (!due || !today) return '';
  const left = dayNumber(due) - dayNumber(today);
  if (left < 0) return 'overdue';
  if (left === 0) return 'today';
  return left <= 3 ? 'soon' : '';
}

/** The colour of a deadline: red when overdue, orange when due within 3 days. */
export function nearnessColor(n: Nearness): 'red' | 'orange' | undefined {
  if (n === 'overdue') return 'red';
  if (n === 'today' || n === 'soon') return 'orange';
  return undefined;
}

/** The deadline a case is running against now. */
export interface CurrentDeadline {
  /** "acceptance" while proposed, "resolution" after thụ lý. */
  kind: 'acceptance' | 'resolution';
  due: string;
  citation: string;
  /** The clock is stopped by a tạm đình chỉ (Go returns no date then). */
  stopped: boolean;
}

/**
 * The current deadline: the acceptance deadline while the case is proposed,
 * the resolution deadline while it is being resolved or suspended; none once
 * it is decided, rejected, withdrawn or closed, or when the law sets no
 * period (kiến nghị, phản ánh).
 */
export function currentDeadline(c: Case): CurrentDeadline | undefined {
  switch (c.status) {
    case 'proposed':
      return c.acceptanceDue ? { kind: 'acceptance', due: c.acceptanceDue, citation: c.acceptanceCitation, stopped: false } : undefined;
    case 'accepted':
    case 'suspended':
      if (!c.resolutionDue && c.status !== 'suspended') return undefined;
      return { kind: 'resolution', due: c.resolutionDue, citation: c.resolutionCitation, stopped: c.status === 'suspended' && !c.resolutionDue };
    default:
      return undefined;
  }
}

/**
 * Whether a step of a case of kind has a printable document (Cases.DocumentPDF):
 * the thông báo / quyết định thụ lý, the thông báo không thụ lý of a khiếu nại,
 * and the quyết định gia hạn of a tố cáo.
 */
export function stepHasDocument(kind: CaseKind, step: StepKind): boolean {
  const complaint = kind === 'complaint-first' || kind === 'complaint-second';
  return (step === 'accept' && (complaint || kind === 'denunciation')) || (step === 'reject' && complaint) || (step === 'extend' && kind === 'denunciation');
}

/** A field of the step form. */
export type StepField =
  | 'date'
  | 'docNumber'
  | 'ground'
  | 'assignee'
  | 'invitedOn'
  | 'days'
  | 'partial'
  | 'reasons'
  | 'complexity'
  | 'result'
  | 'figures'
  | 'done'
  | 'remote'
  | 'note';

/** The fields each step needs, in the order of the form; every step also has a note. */
const fieldsOf: Record<StepKind, StepField[]> = {
  accept: ['docNumber', 'date', 'remote'],
  reject: ['ground', 'docNumber', 'date'],
  verify: ['assignee', 'docNumber', 'date'],
  dialogue: ['date', 'invitedOn'],
  complex: ['complexity', 'reasons', 'date'],
  extend: ['days', 'docNumber', 'date'],
  suspend: ['ground', 'docNumber', 'date'],
  resume: ['docNumber', 'date'],
  withdraw: ['partial', 'date'],
  terminate: ['ground', 'docNumber', 'date'],
  decide: ['result', 'docNumber', 'date', 'figures'],
  enforce: ['date', 'figures', 'done'],
};

/** The fields of the form of step for a case of kind. */
export function stepFields(step: StepKind, kind: CaseKind): StepField[] {
  const complaint = kind === 'complaint-first' || kind === 'complaint-second';
  // Only a khiếu nại's period depends on the area; only a tố cáo has two grades.
  const own = fieldsOf[step].filter((f) => (f !== 'complexity' || complexityGrades(kind).length > 1) && (f !== 'remote' || complaint));
  return [...own, 'note'];
}

/** The label of a field in the form of step: its own wording, or the common one. */
export function fieldLabel(step: StepKind, field: StepField): string {
  if (step === 'enforce' && field === 'figures') return t('cases.fields.enforceFigures');
  if (field === 'remote') return t('cases.remote');
  return has(`cases.fields.${step}.${field}`) ? t(`cases.fields.${step}.${field}`) : t(`cases.fields.${field}`);
}
