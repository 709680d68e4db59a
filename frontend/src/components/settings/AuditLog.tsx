import { useEffect, useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { listAudit, type ApiError, type AuditEntry, type AuditFilter, type AuditPage, type AuditValue } from '../../api';
import { has, t } from '../../locales';
import { formatDate, formatDateTime } from '../../util/date';
import { showFieldErrors } from '../common/formErrors';

/** The kinds of record and the actions offered in the filters (their labels are in vi.json). */
const entities = ['unit', 'calendar_override', 'optional_holiday', 'rule_reading', 'account', 'session', 'security_settings', 'backup_settings'];
const actions = ['create', 'update', 'delete', 'login', 'login-failed', 'logout', 'password-change', 'password-reset', 'reveal', 'print', 'export'];

const actionColors: Record<string, string> = { create: 'green', update: 'blue', delete: 'red', 'login-failed': 'orange', reveal: 'purple' };

interface Fields {
  dates: [Dayjs | null, Dayjs | null] | null;
  actor: string;
  entity?: string;
  action?: string;
  text: string;
}

/** The label of key in group (actions, entities, fields), or key itself when vi.json has none. */
function label(group: string, key: string): string {
  return has(`audit.${group}.${key}`) ? t(`audit.${group}.${key}`) : key;
}

/** A stored value as a person reads it: dates dd/mm/yyyy, yes/no, weekdays and known codes in words. */
function showValue(field: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return t('audit.blank');
  if (typeof v === 'boolean') return v ? t('audit.yes') : t('audit.no');
  if (Array.isArray(v)) {
    const days = field === 'periodicDays';
    return v.map((x) => (days && has(`weekday.${String(x)}`) ? t(`weekday.${String(x)}`) : showValue('', x))).join(', ');
  }
  if (typeof v === 'object') return JSON.stringify(v);
  if (typeof v === 'string') {
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v)) return formatDateTime(v);
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v);
    if (has(`audit.values.${field}.${v}`)) return t(`audit.values.${field}.${v}`);
  }
  return String(v);
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * What an entry changed, one line per field: "Họ tên Chủ tịch: A → B" for an
 * update (only the fields that differ), "Lý do: …" for a create or a delete.
 */
function changeLines(before: AuditValue, after: AuditValue): string[] {
  if ((before !== null && !isRecord(before)) || (after !== null && !isRecord(after))) {
    return [[before, after].filter((v) => v !== null).map((v) => JSON.stringify(v)).join(' → ')];
  }
  const keys = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  const lines: string[] = [];
  for (const k of keys) {
    const name = label('fields', k);
    if (before && after) {
      if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) {
        lines.push(`${name}: ${showValue(k, before[k])} → ${showValue(k, after[k])}`);
      }
    } else {
      lines.push(`${name}: ${showValue(k, (after ?? before)?.[k])}`);
    }
  }
  return lines;
}

function Changes({ entry }: { entry: AuditEntry }) {
  const lines = changeLines(entry.old, entry.new);
  if (lines.length === 0) return <Typography.Text type="secondary">{t('audit.noChange')}</Typography.Text>;
  // A delete shows the record removed, struck through.
  const removed = entry.old !== null && entry.new === null;
  return (
    <div>
      {lines.map((line) => (
        <div key={line}>{removed ? <Typography.Text delete>{line}</Typography.Text> : line}</div>
      ))}
    </div>
  );
}

/**
 * Nhật ký thao tác: the audit trail, newest first, with filters by dates,
 * user, kind of record, action and text, and the values before and after each
 * change. For the administrator; where it is shown is decided by the caller.
 */
export function AuditLog({ pageSize = 20 }: { pageSize?: number }) {
  const [form] = Form.useForm<Fields>();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [paging, setPaging] = useState({ current: 1, size: pageSize });
  const [page, setPage] = useState<AuditPage>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    setLoading(true);
    listAudit({ ...filter, limit: paging.size, offset: (paging.current - 1) * paging.size })
      .then(
        (p) => {
          if (!live) return;
          setPage(p);
          setError(undefined);
        },
        (e: ApiError) => {
          if (!live) return;
          // Go names the dates "from" and "to"; the form has one range.
          const dates = e.kind === 'invalid' ? (e.fields.from ?? e.fields.to) : undefined;
          if (dates) form.setFields([{ name: 'dates', errors: [dates] }]);
          if (!showFieldErrors(form, e, ['actor', 'entity', 'action', 'text']) && !dates) setError(e.message);
        },
      )
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [filter, paging, form]);

  const submit = (v: Fields) => {
    setFilter({
      from: v.dates?.[0]?.format('YYYY-MM-DD') ?? '',
      to: v.dates?.[1]?.format('YYYY-MM-DD') ?? '',
      actor: (v.actor ?? '').trim(),
      entity: v.entity ?? '',
      action: v.action ?? '',
      text: (v.text ?? '').trim(),
    });
    setPaging((p) => ({ ...p, current: 1 }));
  };

  const reset = () => {
    form.resetFields();
    setFilter({});
    setPaging((p) => ({ ...p, current: 1 }));
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3}>{t('audit.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('audit.intro')}</Typography.Paragraph>
        <Form form={form} layout="inline" initialValues={{ actor: '', text: '' }} onFinish={submit} aria-label={t('audit.title')}>
          <Form.Item name="dates" label={t('audit.dates')}>
            <DatePicker.RangePicker format="DD/MM/YYYY" allowEmpty={[true, true]} placeholder={[t('audit.from'), t('audit.to')]} />
          </Form.Item>
          <Form.Item name="actor" label={t('audit.actor')}>
            <Input placeholder={t('audit.actorPlaceholder')} maxLength={100} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="entity" label={t('audit.entity')}>
            <Select
              allowClear
              placeholder={t('audit.any')}
              style={{ width: 220 }}
              options={entities.map((e) => ({ value: e, label: label('entities', e) }))}
            />
          </Form.Item>
          <Form.Item name="action" label={t('audit.action')}>
            <Select
              allowClear
              placeholder={t('audit.any')}
              style={{ width: 180 }}
              options={actions.map((a) => ({ value: a, label: label('actions', a) }))}
            />
          </Form.Item>
          <Form.Item name="text" label={t('audit.text')}>
            <Input placeholder={t('audit.textPlaceholder')} maxLength={200} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">
                {t('audit.filter')}
              </Button>
              <Button onClick={reset}>{t('audit.reset')}</Button>
            </Space>
          </Form.Item>
        </Form>
        {error && <Alert style={{ marginTop: 12 }} type="error" showIcon title={error} />}
      </Card>

      <Table<AuditEntry>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={page?.rows ?? []}
        locale={{ emptyText: t('audit.empty') }}
        aria-label={t('audit.title')}
        pagination={{
          current: paging.current,
          pageSize: paging.size,
          total: page?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('audit.total', { total }),
          onChange: (current, size) => setPaging({ current, size }),
        }}
        columns={[
          { title: t('audit.colId'), dataIndex: 'id', width: 70 },
          { title: t('audit.colAt'), dataIndex: 'at', width: 140, render: (at: string) => formatDateTime(at) },
          { title: t('audit.colActor'), dataIndex: 'actor', width: 130 },
          {
            title: t('audit.colAction'),
            dataIndex: 'action',
            width: 130,
            render: (a: string) => <Tag color={actionColors[a]}>{label('actions', a)}</Tag>,
          },
          {
            title: t('audit.colEntity'),
            key: 'entity',
            width: 190,
            render: (_, e) => (
              <div>
                <div>{label('entities', e.entity)}</div>
                <Typography.Text type="secondary">{showValue('', e.entityId)}</Typography.Text>
              </div>
            ),
          },
          { title: t('audit.colChanges'), key: 'changes', render: (_, e) => <Changes entry={e} /> },
          {
            title: t('audit.colHash'),
            dataIndex: 'hash',
            width: 120,
            render: (h: string) => (
              <Typography.Text code title={t('audit.hashTitle', { hash: h })}>
                {h.slice(0, 10)}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Space>
  );
}
