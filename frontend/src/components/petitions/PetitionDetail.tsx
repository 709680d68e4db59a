import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Alert, App, Button, Card, Descriptions, Space, Spin, Tag, Timeline, Tooltip, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { getPetition, petitionDocumentPDF, revealPetitioner, type ApiError, type PetitionAction, type PetitionView } from '../../api';
import { t } from '../../locales';
import { formatDate, formatDateTime } from '../../util/date';
import { useCan } from '../auth/session';
import { PdfModal } from '../common/PdfModal';
import { ActionModal } from './ActionModal';
import { AttachmentsPanel } from './AttachmentsPanel';
import { RevealButton } from '../common/RevealButton';
import { DeadlineTag, StatusTag } from './PetitionTags';
import { actionKindsFor, documentKey, hasDocument, hintTitle } from './petitionRules';

/** A value, or a dash when there is none. */
const orDash = (v: ReactNode) => (v === '' || v === undefined || v === null ? '—' : v);

/**
 * Everything about one petition: its particulars, the handling deadline and
 * why, the handling steps with their printable documents, the attachments,
 * and the vụ việc once it was proposed for acceptance.
 */
export function PetitionDetail({
  id,
  today,
  initial,
  onChanged,
  onEdit,
}: {
  id: number;
  today: string;
  initial?: PetitionView;
  onChanged: (p: PetitionView) => void;
  onEdit: (p: PetitionView) => void;
}) {
  const canRecord = useCan('petitions.record');
  const canReveal = useCan('identity.reveal');
  const { message } = App.useApp();
  const [p, setP] = useState<PetitionView | undefined>(initial?.id === id ? initial : undefined);
  const [error, setError] = useState<string>();
  const [adding, setAdding] = useState(false);
  const [doc, setDoc] = useState<{ pdf: string; title: string; file: string }>();

  const load = useCallback(() => {
    getPetition(id).then(
      (v) => {
        // The warnings and duplicates of a save come only with the save.
        setP((old) => ({ ...v, warnings: old?.id === id ? old.warnings : v.warnings, duplicates: old?.id === id ? old.duplicates : v.duplicates }));
        setError(undefined);
      },
      (e: ApiError) => setError(e.message),
    );
  }, [id]);

  useEffect(load, [load]);

  if (error) return <Alert type="error" showIcon title={error} />;
  if (!p) return <Spin />;

  const changed = (v: PetitionView) => {
    setP(v);
    onChanged(v);
  };

  const print = async (a: PetitionAction) => {
    const title = t(documentKey(a.kind, p.kind));
    try {
      setDoc({ pdf: await petitionDocumentPDF(p.id, a.id), title, file: `${title} — đơn ${p.number}-${p.year}.pdf` });
    } catch (e) {
      message.error((e as ApiError).message);
    }
  };

  const canAct = canRecord && actionKindsFor(p).length > 0;
  const c = p.case;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} aria-label={t('petitions.detailTitle', { n: p.number, year: p.year })}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Space wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('petitions.detailTitle', { n: p.number, year: p.year })}
          </Typography.Title>
          <Tag>{t(`reception.kinds.${p.kind}`)}</Tag>
          <StatusTag petition={p} today={today} />
        </Space>
        <Space>
          {canRecord && <Button onClick={() => onEdit(p)}>{t('petitions.edit')}</Button>}
          {canAct && (
            <Button type="primary" onClick={() => setAdding(true)}>
              {t('petitions.addAction')}
            </Button>
          )}
        </Space>
      </Space>

      <Card size="small" data-testid="petition-deadline">
        <Space orientation="vertical" size={2}>
          <Space wrap>
            <Typography.Text type="secondary">{t('petitions.handlingDue')}:</Typography.Text>
            <DeadlineTag petition={p} today={today} />
          </Space>
          {p.handlingCitation && (
            <Typography.Text type="secondary">
              {t('petitions.citation')}: <span data-testid="petition-citation">{p.handlingCitation}</span>
            </Typography.Text>
          )}
        </Space>
      </Card>

      {p.warnings?.length > 0 && <Alert type="warning" showIcon title={t('reception.warnings')} description={p.warnings.join(' ')} />}
      {p.duplicates?.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('petitions.savedDuplicates')}
          description={p.duplicates.map((h) => (
            <div key={h.petitionId}>
              {hintTitle(h)} — {h.reasons.join('; ')}
            </div>
          ))}
        />
      )}

      {c && (
        <Alert
          type="success"
          showIcon
          title={
            <Space wrap>
              <span>{t('petitions.caseLine', { id: c.id })}</span>
              {c.acceptanceDue && (
                <Tooltip title={c.acceptanceCitation}>
                  <span>{t('petitions.acceptanceDue', { date: formatDate(c.acceptanceDue) })}</span>
                </Tooltip>
              )}
              <Link to={`/vu-viec?id=${c.id}`}>{t('petitions.openCase')}</Link>
            </Space>
          }
        />
      )}
      {!c && p.caseId > 0 && (
        <Link to={`/vu-viec?id=${p.caseId}`}>{t('petitions.openCase')}</Link>
      )}

      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('petitions.receivedOn')}>{formatDate(p.receivedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('petitions.source')}>{t(`petitions.sources.${p.source}`)}</Descriptions.Item>
        {p.source === 'forwarded' && (
          <>
            <Descriptions.Item label={t('petitions.forwardingBody')}>{orDash(p.forwardingBody)}</Descriptions.Item>
            <Descriptions.Item label={t('petitions.forwardingCategory')}>
              {p.forwardingCategory ? t(`petitions.categories.${p.forwardingCategory}`) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('petitions.forwardingDocLine')} span={2}>
              {orDash([p.forwardingDoc, p.forwardingDocDate && t('petitions.onDate', { date: formatDate(p.forwardingDocDate) })].filter(Boolean).join(' '))}
            </Descriptions.Item>
          </>
        )}
        {p.source === 'reception' && p.visitId > 0 && <Descriptions.Item label={t('petitions.visit')}>{p.visitId}</Descriptions.Item>}
        <Descriptions.Item label={t('petitions.filerKind')}>{t(`petitions.filerKinds.${p.filerKind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('petitions.peopleCount')}>{p.peopleCount}</Descriptions.Item>
        <Descriptions.Item label={t('petitions.petitioners')} span={2}>
          <Space orientation="vertical" size={2}>
            {p.petitioners.map((x, i) => (
              <span key={i}>
                {x.masked ? <Tag color="purple">{x.name}</Tag> : <strong>{x.name}</strong>}
                {x.masked && canReveal && <RevealButton reveal={(reason) => revealPetitioner(p.id, i, reason)} />}
                {x.idNumber && <Typography.Text type="secondary"> — {t(`reception.idKinds.${x.idKind}`)} {x.idNumber}</Typography.Text>}
                {x.address && <Typography.Text type="secondary"> — {x.address}</Typography.Text>}
                {x.phone && <Typography.Text type="secondary"> — {x.phone}</Typography.Text>}
                {x.protected && !x.masked && <Tag style={{ marginLeft: 4 }}>{t('petitions.protected')}</Tag>}
              </span>
            ))}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('petitions.respondent')}>{orDash(p.respondent)}</Descriptions.Item>
        <Descriptions.Item label={t('petitions.placeArose')}>{orDash(p.placeArose)}</Descriptions.Item>
        <Descriptions.Item label={t('petitions.field')}>{p.field ? t(`petitions.fields.${p.field}`) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('petitions.priorStatus')}>{p.priorStatus ? t(`petitions.priorStatuses.${p.priorStatus}`) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('petitions.eligibility')}>
          {p.eligible
            ? t('petitions.eligible')
            : [t('petitions.ineligible'), p.ineligibleReason && t(`petitions.ineligibleReasons.${p.ineligibleReason}`), p.ineligibleNote].filter(Boolean).join(' — ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('petitions.competence')}>{p.withinCompetence ? t('petitions.within') : t('petitions.notWithin')}</Descriptions.Item>
        {p.duplicateOf > 0 && <Descriptions.Item label={t('petitions.duplicateOf')}>{p.duplicateOf}</Descriptions.Item>}
        <Descriptions.Item label={t('petitions.summary')} span={2}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{orDash(p.summary)}</span>
        </Descriptions.Item>
        {p.notes ? (
          <Descriptions.Item label={t('petitions.notes')} span={2}>
            {p.notes}
          </Descriptions.Item>
        ) : null}
      </Descriptions>

      <Card size="small" title={t('petitions.actionsTitle')}>
        {p.actions.length === 0 ? (
          <Typography.Text type="secondary">{t('petitions.noActions')}</Typography.Text>
        ) : (
          <Timeline
            items={p.actions.map((a) => ({
              key: a.id,
              color: a.kind === 'urge' || a.kind === 'reply-received' ? 'gray' : 'blue',
              content: (
                <div data-testid={`action-${a.id}`}>
                  <Space wrap>
                    <strong>{formatDate(a.date)}</strong>
                    <span>{t(`petitions.actions.${a.kind}`)}</span>
                    {a.body && <span>— {a.body}</span>}
                    {a.docNumber && <Tag>{t('petitions.docShort', { n: a.docNumber })}</Tag>}
                    {hasDocument(a.kind) && (
                      <Button size="small" onClick={() => void print(a)}>
                        {t('petitions.print', { title: t(documentKey(a.kind, p.kind)) })}
                      </Button>
                    )}
                  </Space>
                  {a.note && <div>{a.note}</div>}
                  <div>
                    <Typography.Text type="secondary">{t('petitions.recordedBy', { by: a.by, at: formatDateTime(a.createdAt) })}</Typography.Text>
                  </div>
                </div>
              ),
            }))}
          />
        )}
      </Card>

      <Card size="small" title={t('petitions.attachments')}>
        <AttachmentsPanel petitionId={p.id} items={p.attachments ?? []} canAdd={canRecord} onAdded={load} />
      </Card>

      <ActionModal petition={p} today={today} open={adding} onClose={() => setAdding(false)} onDone={(v) => {
        setAdding(false);
        message.success(t('petitions.actionSaved'));
        changed(v);
      }} />
      <PdfModal pdf={doc?.pdf} title={doc?.title ?? ''} fileName={doc?.file ?? ''} onClose={() => setDoc(undefined)} />
    </Space>
  );
}
