import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Popconfirm, Radio, Space, Switch, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { calendarYear, deleteOverride, saveOverride, setOptionalHoliday, type ApiError, type DayView, type OverrideView, type YearView } from '../../api';
import { t } from '../../locales';
import { formatDate } from '../../util/date';
import { showFieldErrors } from '../common/formErrors';

interface EditFields {
  date: Dayjs | null;
  kind: 'off' | 'working';
  reason: string;
}

const kindTag = (kind: 'off' | 'working') =>
  kind === 'off' ? <Tag color="red">{t('calendar.off')}</Tag> : <Tag color="blue">{t('calendar.working')}</Tag>;

/**
 * Cài đặt › Lịch làm việc: a year's days off and swapped working days, the
 * administrator's edits (which win over the computed calendar) and the
 * optional holidays switched on year by year.
 */
export function CalendarSettings({ today, canEdit = true }: { today: string; canEdit?: boolean }) {
  const { message, notification } = App.useApp();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [view, setView] = useState<YearView>();
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<EditFields>();

  const show = useCallback((v: YearView) => {
    setView(v);
    setError(undefined);
  }, []);
  const fail = useCallback(
    (e: ApiError) => notification.error({ title: e.message, placement: 'top' }),
    [notification],
  );

  useEffect(() => {
    calendarYear(year).then(show, (e: ApiError) => setError(e.message));
  }, [year, show]);

  const submit = async (v: EditFields) => {
    setSaving(true);
    const date = v.date?.format('YYYY-MM-DD') ?? '';
    try {
      const saved = await saveOverride({ date, kind: v.kind, reason: v.reason ?? '' });
      message.success(t('calendar.saved', { date: formatDate(date) }));
      form.resetFields(['date', 'reason']);
      if (saved.year !== year) setYear(saved.year);
      show(saved);
    } catch (e) {
      if (!showFieldErrors(form, e as ApiError, ['date', 'kind', 'reason'])) fail(e as ApiError);
    } finally {
      setSaving(false);
    }
  };

  const remove = (o: OverrideView) =>
    deleteOverride(o.date).then((v) => {
      message.success(t('calendar.deleted', { date: formatDate(o.date) }));
      show(v);
    }, fail);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3}>{t('calendar.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('calendar.intro')}</Typography.Paragraph>
        <Space align="center" size="middle" wrap>
          <span>{t('calendar.year')}</span>
          <InputNumber aria-label={t('calendar.year')} min={1900} max={2199} value={year} onChange={(y) => y && setYear(y)} />
          {view &&
            (view.provisional ? (
              <Tag color="orange">{t('calendar.provisional')}</Tag>
            ) : (
              <Tag color="green">{t('calendar.announced')}</Tag>
            ))}
          {view && <Typography.Text type="secondary">{t('calendar.source', { source: view.source })}</Typography.Text>}
        </Space>
        {view?.provisional && (
          <Alert style={{ marginTop: 12 }} type="warning" showIcon title={t('calendar.provisionalHelp', { year: view.year })} />
        )}
        {error && <Alert style={{ marginTop: 12 }} type="error" showIcon title={error} />}
      </Card>

      {canEdit && (
        <Card title={t('calendar.editTitle')}>
          <Form form={form} layout="inline" initialValues={{ kind: 'off', reason: '' }} onFinish={submit} aria-label={t('calendar.editTitle')}>
            <Form.Item name="date" label={t('calendar.date')}>
              <DatePicker format="DD/MM/YYYY" defaultPickerValue={dayjs(`${year}-01-01`)} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="kind" label={t('calendar.kind')}>
              <Radio.Group
                options={[
                  { value: 'off', label: t('calendar.off') },
                  { value: 'working', label: t('calendar.working') },
                ]}
              />
            </Form.Item>
            <Form.Item name="reason" label={t('calendar.reason')} style={{ flex: 1, minWidth: 320 }}>
              <Input placeholder={t('calendar.reasonPlaceholder')} maxLength={200} />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={saving}>
                {t('calendar.save')}
              </Button>
            </Form.Item>
          </Form>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('calendar.overridesTitle', { year })}
          </Typography.Title>
          {view && view.overrides.length === 0 && <Typography.Text type="secondary">{t('calendar.noOverrides')}</Typography.Text>}
          {view && view.overrides.length > 0 && (
            <Table<OverrideView>
              size="small"
              pagination={false}
              rowKey="date"
              dataSource={view.overrides}
              aria-label={t('calendar.overridesTitle', { year })}
              columns={[
                { title: t('calendar.colDate'), dataIndex: 'date', render: (d: string) => formatDate(d), width: 120 },
                { title: t('calendar.colKind'), dataIndex: 'kind', render: kindTag, width: 110 },
                { title: t('calendar.colReason'), dataIndex: 'reason' },
                {
                  key: 'delete',
                  width: 90,
                  render: (_, o) => (
                    <Popconfirm title={t('calendar.deleteConfirm', { date: formatDate(o.date) })} onConfirm={() => remove(o)}>
                      <Button danger size="small">
                        {t('calendar.delete')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]}
            />
          )}
        </Card>
      )}

      {view && view.optional.length > 0 && (
        <Card title={t('calendar.optionalTitle')}>
          {view.optional.map((o) => (
            <Space key={o.id} align="start" style={{ marginBottom: 8 }}>
              <Switch
                aria-label={`${o.name}: ${t('calendar.optionalOn', { year })}`}
                checked={o.on}
                disabled={!canEdit}
                onChange={(on) => setOptionalHoliday(year, o.id, on).then(show, fail)}
              />
              <div>
                <Typography.Text strong>{o.name}</Typography.Text> — {t('calendar.optionalOn', { year })}
                <br />
                <Typography.Text type="secondary">{o.note}</Typography.Text>
              </div>
            </Space>
          ))}
        </Card>
      )}

      {view && (
        <Card title={`${t('calendar.title')} ${view.year}`}>
          <Table<DayView>
            size="small"
            pagination={false}
            rowKey="date"
            dataSource={view.days}
            aria-label={`${t('calendar.title')} ${view.year}`}
            columns={[
              { title: t('calendar.colDate'), dataIndex: 'date', render: (d: string) => formatDate(d), width: 120 },
              { title: t('calendar.colWeekday'), dataIndex: 'weekday', width: 110 },
              { title: t('calendar.colKind'), dataIndex: 'kind', render: kindTag, width: 110 },
              { title: t('calendar.colReason'), dataIndex: 'reason' },
              { title: t('calendar.colOrigin'), dataIndex: 'origin', render: (o: DayView['origin']) => t(`calendar.origin.${o}`), width: 200 },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
