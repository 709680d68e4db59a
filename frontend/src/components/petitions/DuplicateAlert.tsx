import { Alert, Button, Space, Tag, Typography } from 'antd';
import type { DuplicateHint } from '../../api';
import { t } from '../../locales';
import { hintTitle, sortHints } from './petitionRules';

/** What the petition being typed is linked to: the petition it repeats and the vụ việc. */
export interface DuplicateLink {
  duplicateOf: number;
  matterId: number;
}

/**
 * The earlier petitions that the one being typed likely repeats, each with
 * why, and the two ways to link it before saving: as a đơn trùng of it, or
 * as a new petition of the same vụ việc.
 */
export function DuplicateAlert({
  hints,
  link,
  onMarkDuplicate,
  onAttach,
  onClear,
}: {
  hints: DuplicateHint[];
  link: DuplicateLink;
  onMarkDuplicate: (h: DuplicateHint) => void;
  onAttach: (h: DuplicateHint) => void;
  onClear: () => void;
}) {
  if (hints.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ margin: '12px 0' }}
      title={t('petitions.duplicatesTitle', { n: hints.length })}
      description={
        <Space orientation="vertical" style={{ width: '100%' }}>
          {sortHints(hints).map((h, i) => {
            const isDuplicate = link.duplicateOf === h.petitionId;
            const attached = !isDuplicate && link.matterId !== 0 && link.matterId === h.matterId;
            return (
              <div key={h.petitionId} className="duplicate-hint" data-testid={`duplicate-${h.petitionId}`}>
                <Space wrap>
                  <Typography.Text strong>{hintTitle(h)}</Typography.Text>
                  <Tag>{t(`reception.kinds.${h.kind}`)}</Tag>
                  {h.reasons.map((r) => (
                    <Tag key={r} color="orange">
                      {r}
                    </Tag>
                  ))}
                </Space>
                {h.summary && (
                  <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: '4px 0' }}>
                    {h.summary}
                  </Typography.Paragraph>
                )}
                <Space wrap>
                  {isDuplicate && <Tag color="red">{t('petitions.markedDuplicate', { n: h.number, year: h.year })}</Tag>}
                  {attached && <Tag color="blue">{t('petitions.attachedMatter', { n: h.number, year: h.year })}</Tag>}
                  {isDuplicate || attached ? (
                    <Button size="small" onClick={onClear}>
                      {t('petitions.unlink')}
                    </Button>
                  ) : (
                    <>
                      <Button size="small" danger onClick={() => onMarkDuplicate(h)} title={i === 0 ? t('petitions.markDuplicateKey') : undefined}>
                        {t('petitions.markDuplicate')}
                      </Button>
                      <Button size="small" onClick={() => onAttach(h)} title={i === 0 ? t('petitions.attachMatterKey') : undefined}>
                        {t('petitions.attachMatter')}
                      </Button>
                      {i === 0 && <Typography.Text type="secondary">{t('petitions.hintKeys')}</Typography.Text>}
                    </>
                  )}
                </Space>
              </div>
            );
          })}
        </Space>
      }
    />
  );
}
