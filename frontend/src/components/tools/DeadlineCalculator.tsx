import { useEffect, useMemo, useState } from 'react';
import { Alert, Card, Checkbox, DatePicker, Form, InputNumber, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  computeDeadline,
  deadlineRules,
  type ApiError,
  type DeadlineRequest,
  type DeadlineView,
  type RuleView,
  type StepView,
} from '../../api';
import { t } from '../../locales';
import { formatDate } from '../../util/date';
import { showFieldErrors } from '../common/formErrors';

interface Fields {
  from: Dayjs | null;
  mode: 'rule' | 'days';
  ruleId?: string;
  alternative: boolean;
  days?: number;
  working: boolean;
}

const stepColour: Record<StepView['kind'], string | undefined> = {
  start: 'default',
  counted: 'blue',
  skipped: undefined,
  suspended: 'orange',
  moved: undefined,
  due: 'green',
};

/**
 * Công cụ › Tính thời hạn: a rule (or N days) from a date, with the due
 * date, its citation and the day-by-day count. Recomputed as the clerk types.
 */
export function DeadlineCalculator({ today }: { today: string }) {
  const [form] = Form.useForm<Fields>();
  const values = Form.useWatch([], form);
  const [rules, setRules] = useState<RuleView[]>([]);
  const [result, setResult] = useState<DeadlineView>();
  const [error, setError] = useState<string>();
  const fromISO = values?.from?.format('YYYY-MM-DD') ?? '';

  // The rules offered are the versions in force on the start date.
  useEffect(() => {
    deadlineRules(fromISO).then(setRules, (e: ApiError) => setError(e.message));
  }, [fromISO]);

  const rule = useMemo(() => rules.find((r) => r.id === values?.ruleId), [rules, values?.ruleId]);

  // The checkbox starts from the unit's choice (Cài đặt › Cách tính thời
  // hạn) each time another rule, or another version of it, is chosen.
  const ruleVersion = rule && `${rule.id}@${rule.effectiveFrom}`;
  const ruleUsesAlternative = rule?.useAlternative ?? false;
  useEffect(() => {
    form.setFieldValue('alternative', ruleUsesAlternative);
  }, [form, ruleVersion, ruleUsesAlternative]);

  useEffect(() => {
    if (!values) return;
    const req: DeadlineRequest = {
      from: fromISO,
      ruleId: values.mode === 'rule' ? (values.ruleId ?? '') : '',
      days: values.mode === 'days' ? (values.days ?? 0) : 0,
      working: values.mode === 'days' && values.working,
      alternative: values.mode === 'rule' && values.alternative,
    };
    if (req.ruleId === '' && req.days === 0) {
      setResult(undefined);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      computeDeadline(req).then(
        (r) => {
          if (!current) return;
          form.setFields(['from', 'ruleId', 'days'].map((name) => ({ name: name as keyof Fields, errors: [] })));
          setError(undefined);
          setResult(r);
        },
        (e: ApiError) => {
          if (!current) return;
          setResult(undefined);
          if (!showFieldErrors(form, e, ['from', 'ruleId', 'days'])) setError(e.message);
        },
      );
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [values, fromISO, form]);

  const due = result && result.steps.find((s) => s.date === result.due);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3}>{t('deadline.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('deadline.intro')}</Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          initialValues={{ from: dayjs(today), mode: 'rule', alternative: false, working: true, days: 5 }}
          aria-label={t('deadline.title')}
        >
          <Form.Item name="from" label={t('deadline.from')} extra={t('deadline.fromHelp')}>
            <DatePicker format="DD/MM/YYYY" allowClear={false} autoFocus style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="mode" label={t('deadline.mode')}>
            <Radio.Group
              options={[
                { value: 'rule', label: t('deadline.modeRule') },
                { value: 'days', label: t('deadline.modeDays') },
              ]}
            />
          </Form.Item>
          {values?.mode !== 'days' ? (
            <>
              <Form.Item name="ruleId" label={t('deadline.rule')} extra={rule && t('deadline.startEvent', { event: rule.start })}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('deadline.rulePlaceholder')}
                  options={rules.map((r) => ({ value: r.id, label: `${r.name} — ${r.text}` }))}
                  style={{ maxWidth: 900 }}
                />
              </Form.Item>
              {rule?.alternative && (
                <Form.Item name="alternative" valuePropName="checked" extra={t('deadline.alternativeHelp')}>
                  <Checkbox>{t('deadline.alternative', { text: rule.alternative })}</Checkbox>
                </Form.Item>
              )}
            </>
          ) : (
            <Space size="large" align="start">
              <Form.Item name="days" label={t('deadline.days')}>
                <InputNumber min={1} max={3650} style={{ width: 120 }} />
              </Form.Item>
              <Form.Item name="working" label={t('deadline.unit')}>
                <Radio.Group
                  options={[
                    { value: false, label: t('deadline.calendarDays') },
                    { value: true, label: t('deadline.workingDays') },
                  ]}
                />
              </Form.Item>
            </Space>
          )}
        </Form>
      </Card>
      {error && <Alert type="error" title={error} showIcon />}
      {result && (
        <Card aria-live="polite">
          <Typography.Text type="secondary">{t('deadline.due')}</Typography.Text>
          <Typography.Title level={2} style={{ marginTop: 0 }} data-testid="deadline-due">
            {t('deadline.dueLine', { weekday: due?.weekday ?? '', date: formatDate(result.due) })}
          </Typography.Title>
          <Typography.Paragraph>
            <Typography.Text type="secondary">{t('deadline.citation')}: </Typography.Text>
            <span data-testid="deadline-citation">{result.citation}</span>
          </Typography.Paragraph>
          {result.provisional && (
            <Alert type="warning" showIcon title={t('deadline.provisional', { years: result.provisionalYears.join(', ') })} />
          )}
          <Typography.Title level={4}>{t('deadline.stepsTitle')}</Typography.Title>
          <Table<StepView>
            size="small"
            pagination={false}
            rowKey="date"
            dataSource={result.steps}
            rowClassName={(s) => `step-${s.kind}`}
            columns={[
              { title: t('deadline.colDate'), dataIndex: 'date', render: (d: string) => formatDate(d), width: 120 },
              { title: t('deadline.colWeekday'), dataIndex: 'weekday', width: 110 },
              {
                title: t('deadline.colCount'),
                key: 'kind',
                width: 160,
                render: (_, s) => (
                  <Tag color={stepColour[s.kind]}>{s.kind === 'counted' ? `${t('deadline.kind.counted')} ${s.n}` : t(`deadline.kind.${s.kind}`)}</Tag>
                ),
              },
              { title: t('deadline.colNote'), dataIndex: 'note' },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
