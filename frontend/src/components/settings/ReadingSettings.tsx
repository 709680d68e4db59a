import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Card, Radio, Space, Tag, Typography } from 'antd';
import { ruleReadings, setRuleReading, type ApiError, type ReadingView } from '../../api';
import { t } from '../../locales';
import { formatDate } from '../../util/date';

/** The start dates a reading applies to: "từ 01/07/2012 đến 30/06/2026". */
const appliesTo = (r: ReadingView) =>
  r.effectiveTo
    ? t('readings.appliesBetween', { from: formatDate(r.effectiveFrom), to: formatDate(r.effectiveTo) })
    : t('readings.appliesFrom', { from: formatDate(r.effectiveFrom) });

/**
 * Cài đặt › Cách tính thời hạn: for each deadline rule the law leaves open to
 * two readings, the unit's choice. The choice applies to every deadline
 * counted with the rule and is where the calculator's checkbox starts.
 */
export function ReadingSettings() {
  const { message, notification } = App.useApp();
  const [readings, setReadings] = useState<ReadingView[]>();
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState<string>();

  useEffect(() => {
    ruleReadings().then(setReadings, (e: ApiError) => setError(e.message));
  }, []);

  // The choice shows at once; if it cannot be saved, the stored one comes back.
  const choose = useCallback(
    (r: ReadingView, useAlternative: boolean) => {
      setSaving(r.ruleId);
      setReadings((rs) => rs?.map((x) => (x.ruleId === r.ruleId ? { ...x, useAlternative } : x)));
      setRuleReading(r.ruleId, useAlternative)
        .then(
          (rs) => {
            setReadings(rs);
            message.success(t('readings.saved', { name: r.name }));
          },
          (e: ApiError) => {
            setReadings((rs) => rs?.map((x) => (x.ruleId === r.ruleId ? r : x)));
            notification.error({ title: e.message, placement: 'top' });
          },
        )
        .finally(() => setSaving(undefined));
    },
    [message, notification],
  );

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3}>{t('readings.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('readings.intro')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} />}
        {readings && readings.length === 0 && <Typography.Text type="secondary">{t('readings.none')}</Typography.Text>}
      </Card>
      {readings?.map((r) => (
        <Card key={r.ruleId} title={r.name} extra={<Typography.Text type="secondary">{appliesTo(r)}</Typography.Text>}>
          <Radio.Group
            aria-label={r.name}
            name={`reading-${r.ruleId}`}
            className="reading-options"
            value={r.useAlternative}
            disabled={saving === r.ruleId}
            onChange={(e) => choose(r, e.target.value as boolean)}
            style={{ display: 'flex', flexDirection: 'column', gap: 12 }}
          >
            <Radio value={false}>
              {r.text}{' '}
              {r.defaultShorter ? (
                <Tag color="green">{t('readings.defaultSafer')}</Tag>
              ) : (
                <Tag>{t('readings.default')}</Tag>
              )}
            </Radio>
            <Radio value={true}>
              {r.alternative} <Tag>{t('readings.alternative')}</Tag>
              {r.alternativeNotes && r.alternativeNotes !== r.notes && (
                <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                  {r.alternativeNotes}
                </Typography.Paragraph>
              )}
            </Radio>
          </Radio.Group>
          {r.notes && (
            <Typography.Paragraph type="secondary" style={{ margin: '16px 0 0' }}>
              {r.notes}
            </Typography.Paragraph>
          )}
        </Card>
      ))}
    </Space>
  );
}
