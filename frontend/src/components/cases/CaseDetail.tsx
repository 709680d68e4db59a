import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Descriptions, Divider, Drawer, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router-dom';
import {
  caseDocumentPDF,
  complexityChecklist,
  notAcceptGrounds,
  getCase,
  type ApiError,
  type CaseKind,
  type CaseStep,
  type CaseView,
  type ChecklistItem,
  type StepKind,
} from '../../api';
import { t } from '../../locales';
import { formatDate } from '../../util/date';
import { useCan } from '../auth/session';
import { PdfModal } from '../common/PdfModal';
import { currentDeadline, nearness, nextStepButtons, resultLabel, stepHasDocument, stepLabel } from './caseLogic';
import { StepModal } from './StepModal';

/** The facts of a step worth a line in the timeline, besides its kind and date. */
function stepFacts(kind: CaseKind, s: CaseStep, checklist: ChecklistItem[], grounds: ChecklistItem[]): string[] {
  const out: string[] = [];
  if (s.docNumber) out.push(`${t('cases.fields.docNumber')}: ${s.docNumber}`);
  if (s.assignee) out.push(`${t('cases.fields.assignee')}: ${s.assignee}`);
  if (s.invitedOn) out.push(`${t('cases.fields.invitedOn')}: ${formatDate(s.invitedOn)}`);
  if (s.days) out.push(t('cases.stepDays', { n: s.days }));
  if (s.ground) {
    const g = grounds.find((x) => x.code === s.ground);
    out.push(g ? `${g.citation}: ${g.text}` : s.ground);
  }
  if (s.kind === 'withdraw') out.push(s.partial ? t('cases.partial') : t('cases.whole'));
  if (s.complexity) out.push(t(`cases.complexity.${s.complexity}`));
  for (const r of s.reasons ?? []) out.push(`• ${checklist.find((c) => c.code === r)?.text ?? r}`);
  if (s.result) out.push(resultLabel(kind, s.result));
  if (s.done) out.push(t('cases.done'));
  if (s.note) out.push(s.note);
  return out;
}

/** The current deadline of a case, coloured by how near it is, with its rule. */
function DeadlineBox({ view, today }: { view: CaseView; today: string }) {
  const d = currentDeadline(view);
  if (!d) {
    const none = view.kind === 'recommendation' && (view.status === 'accepted' || view.status === 'suspended');
    return none ? <Alert type="info" showIcon title={t('cases.noDeadline')} /> : null;
  }
  if (d.stopped) return <Alert type="info" showIcon title={t('cases.stopped')} description={d.citation} />;
  const n = nearness(d.due, today);
  const text = t(d.kind === 'acceptance' ? 'cases.acceptanceDue' : 'cases.resolutionDue', { date: formatDate(d.due) });
  const state = n === 'overdue' ? t('cases.dueOverdue') : n === 'today' ? t('cases.dueToday') : n === 'soon' ? t('cases.dueSoon') : '';
  return (
    <Alert
      aria-label={t('cases.deadlineLabel')}
      type={n === 'overdue' ? 'error' : n ? 'warning' : 'info'}
      showIcon
      title={
        <span className="case-deadline">
          {text}
          {state && ` (${state})`}
        </span>
      }
      description={d.citation}
    />
  );
}

/**
 * The drawer of one case: its facts, the deadline it runs against now, its
 * steps, and a button for each step the law allows next.
 */
export function CaseDetail({ id, today, onClose, onChanged }: { id?: number; today: string; onClose: () => void; onChanged: () => void }) {
  const canRecord = useCan('petitions.record');
  const { message } = App.useApp();
  const [view, setView] = useState<CaseView>();
  const [error, setError] = useState<string>();
  const [step, setStep] = useState<StepKind>();
  const [doc, setDoc] = useState<{ pdf: string; title: string; file: string }>();
  // The complexity checklist, for the step form and to name the reasons of a finding.
  const [checklist, setChecklist] = useState<ChecklistItem[]>([]);
  const needsChecklist = step === 'complex' || !!view?.steps.some((s) => s.reasons?.length);

  useEffect(() => {
    if (needsChecklist && checklist.length === 0) complexityChecklist().then(setChecklist, (e: ApiError) => setError(e.message));
  }, [needsChecklist, checklist.length]);
  // The Art. 11 grounds, for a reject step and to name the ground of one.
  const [grounds, setGrounds] = useState<ChecklistItem[]>([]);
  const needsGrounds = step === 'reject' || !!view?.steps.some((s) => s.kind === 'reject');
  useEffect(() => {
    if (needsGrounds && grounds.length === 0) notAcceptGrounds().then(setGrounds, (e: ApiError) => setError(e.message));
  }, [needsGrounds, grounds.length]);

  const load = useCallback(() => {
    if (!id) return;
    getCase(id).then(
      (v) => {
        setView(v);
        setError(undefined);
      },
      (e: ApiError) => setError(e.message),
    );
  }, [id]);

  useEffect(() => {
    setView(undefined);
    load();
  }, [load]);

  const print = async (s: CaseStep) => {
    if (!view) return;
    try {
      const pdf = await caseDocumentPDF(view.id, s.id);
      setDoc({ pdf, title: t('cases.documentTitle', { step: stepLabel(s.kind) }), file: `vu-viec-${view.petitionNumber}-${view.petitionYear}-${s.kind}.pdf` });
    } catch (e) {
      setError((e as ApiError).message);
    }
  };

  const buttons = view ? nextStepButtons(view) : [];
  return (
    <Drawer
      open={!!id}
      size={860}
      title={view ? t('cases.detailTitle', { n: view.petitionNumber, year: view.petitionYear }) : ''}
      onClose={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {!view && !error && <Spin />}
      {view && (
        <>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label={t('cases.kind')}>{t(`cases.kinds.${view.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('cases.status')}>
              <Tag>{t(`cases.statuses.${view.status}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('cases.name')} span={2}>
              {view.name} {view.isGroup && <Tag color="orange">{t('cases.group')}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('cases.summary')} span={2}>
              {view.summary}
            </Descriptions.Item>
            <Descriptions.Item label={t('cases.proposedOn')}>{formatDate(view.proposedOn)}</Descriptions.Item>
            <Descriptions.Item label={t('cases.acceptedOn')}>
              {formatDate(view.acceptedOn)}
              {view.acceptanceDoc && ` — ${view.acceptanceDoc}`}
            </Descriptions.Item>
            <Descriptions.Item label={t('cases.complexityLabel')}>
              {t(`cases.complexity.${view.complexity || 'none'}`)}
              {view.remote && <Tag style={{ marginLeft: 8 }}>{t('cases.remote')}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('cases.result')}>
              {view.result && (
                <>
                  {resultLabel(view.kind, view.result)} ({formatDate(view.decidedOn)}){' '}
                  <Tag color={view.onTime ? 'green' : 'red'}>{view.onTime ? t('cases.onTime') : t('cases.late')}</Tag>
                </>
              )}
            </Descriptions.Item>
          </Descriptions>
          <div style={{ margin: '12px 0' }}>
            <Link to={`/don-thu?id=${view.petitionId}`}>{t('cases.openPetition')}</Link>
          </div>
          <DeadlineBox view={view} today={today} />
          {canRecord && (
            <>
              <Divider titlePlacement="start">{t('cases.nextTitle')}</Divider>
              {buttons.length === 0 ? (
                <Typography.Text type="secondary">{t('cases.noNext')}</Typography.Text>
              ) : (
                <Space wrap>
                  {buttons.map((b) => (
                    <Button key={b.kind} type={b.primary ? 'primary' : 'default'} danger={b.danger} onClick={() => setStep(b.kind)}>
                      {b.label}
                    </Button>
                  ))}
                </Space>
              )}
            </>
          )}
          <Divider titlePlacement="start">{t('cases.stepsTitle')}</Divider>
          {view.steps.length === 0 ? (
            <Typography.Text type="secondary">{t('cases.noSteps')}</Typography.Text>
          ) : (
            <Timeline
              items={view.steps.map((s) => ({
                key: s.id,
                color: s.kind === 'reject' || s.kind === 'terminate' ? 'red' : s.kind === 'decide' || s.kind === 'enforce' ? 'green' : 'blue',
                content: (
                  <Space orientation="vertical" size={0}>
                    <Space>
                      <Typography.Text>{formatDate(s.date)}</Typography.Text>
                      <Typography.Text strong>{stepLabel(s.kind)}</Typography.Text>
                      {stepHasDocument(view.kind, s.kind) && (
                        <Button size="small" onClick={() => void print(s)} aria-label={`${t('cases.print')} ${stepLabel(s.kind)}`}>
                          {t('cases.print')}
                        </Button>
                      )}
                    </Space>
                    {stepFacts(view.kind, s, checklist, grounds).map((f, i) => (
                      <Typography.Text key={i}>{f}</Typography.Text>
                    ))}
                    {s.by && <Typography.Text type="secondary">{t('cases.by', { name: s.by })}</Typography.Text>}
                  </Space>
                ),
              }))}
            />
          )}
          <StepModal
            view={view}
            step={step}
            today={today}
            checklist={checklist}
            grounds={grounds}
            onClose={() => setStep(undefined)}
            onConflict={load}
            onSaved={(v) => {
              message.success(t('cases.saved', { step: stepLabel(step!) }));
              setStep(undefined);
              setView(v);
              onChanged();
            }}
          />
          <PdfModal pdf={doc?.pdf} title={doc?.title ?? ''} fileName={doc?.file ?? ''} onClose={() => setDoc(undefined)} />
        </>
      )}
    </Drawer>
  );
}
