import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Popconfirm, Select, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  deleteScheduleEntry,
  fillSchedule,
  getSchedule,
  saveScheduleEntry,
  schedulePDF,
  type ApiError,
  type ScheduleEntry,
  type ScheduleView,
} from '../../api';
import { t } from '../../locales';
import { formatDate } from '../../util/date';
import { useCan } from '../auth/session';
import { PdfModal } from '../common/PdfModal';
import { showFieldErrors } from '../common/formErrors';

const weekdays = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const roman = ['I', 'II', 'III', 'IV'];

/** "Thứ Năm, 03/12/2026". */
const dayText = (iso: string) => `${weekdays[dayjs(iso).day()]}, ${formatDate(iso)}`;

/** The periods offered: the months and quarters of last year to next year, as Go names them ("2026-12", "2026-Q1"). */
function periodOptions(today: string) {
  const year = dayjs(today).year();
  const months = [];
  const quarters = [];
  for (let y = year - 1; y <= year + 1; y++) {
    for (let m = 1; m <= 12; m++) {
      // Months 1 and 2 with a leading zero, as NĐ 30/2020 writes them in dates.
      months.push({ value: `${y}-${String(m).padStart(2, '0')}`, label: `${t('schedule.month')} ${m <= 2 ? `0${m}` : m} năm ${y}` });
    }
    for (let q = 1; q <= 4; q++) quarters.push({ value: `${y}-Q${q}`, label: `${t('schedule.quarter')} ${roman[q - 1]} năm ${y}` });
  }
  return [
    { label: t('schedule.month'), options: months },
    { label: t('schedule.quarter'), options: quarters },
  ];
}

type Fields = Omit<ScheduleEntry, 'date'> & { date: Dayjs };

const fieldNames = ['date', 'start', 'end', 'place', 'presidedBy', 'invited', 'notes'];

/** Lịch tiếp: the Chairman's periodic reception schedule for a month or a quarter, with its gaps, printed for posting. */
export function ScheduleTab({ today }: { today: string }) {
  const canRecord = useCan('logbook.record');
  const { message, notification } = App.useApp();
  const [period, setPeriod] = useState(today.slice(0, 7));
  const [view, setView] = useState<ScheduleView>();
  const [error, setError] = useState<string>();
  const [editing, setEditing] = useState<ScheduleEntry | null>();
  const [pdf, setPdf] = useState<string>();
  const [form] = Form.useForm<Fields>();
  const options = useMemo(() => periodOptions(today), [today]);

  const show = useCallback((v: ScheduleView) => {
    setView(v);
    setError(undefined);
  }, []);
  const load = useCallback(() => {
    getSchedule(period).then(show, (e: ApiError) => setError(e.message));
  }, [period, show]);
  useEffect(load, [load]);

  const fail = (e: unknown) => notification.error({ title: (e as ApiError).message, placement: 'top' });

  const open = (e: ScheduleEntry | null) => {
    setEditing(e);
    form.resetFields();
    const base = e ?? { ...(view?.defaults as ScheduleEntry), id: 0, revision: 0, notes: '', date: view?.period.from ?? today };
    form.setFieldsValue({ ...base, date: dayjs(base.date) });
  };

  const submit = async (v: Fields) => {
    try {
      await saveScheduleEntry({
        id: editing?.id ?? 0,
        revision: editing?.revision ?? 0,
        date: v.date ? v.date.format('YYYY-MM-DD') : '',
        start: v.start ?? '',
        end: v.end ?? '',
        place: v.place ?? '',
        presidedBy: v.presidedBy ?? '',
        invited: v.invited ?? [],
        notes: v.notes ?? '',
      });
      message.success(t('schedule.saved'));
      setEditing(undefined);
      load();
    } catch (e) {
      if (!showFieldErrors(form, e as ApiError, fieldNames)) fail(e);
    }
  };

  const remove = async (e: ScheduleEntry) => {
    try {
      await deleteScheduleEntry(e.id, e.revision);
      message.success(t('schedule.deleted'));
      load();
    } catch (err) {
      fail(err);
    }
  };

  const fill = async () => {
    try {
      show(await fillSchedule(period));
      message.success(t('schedule.filled'));
    } catch (e) {
      fail(e);
    }
  };

  const print = async () => {
    try {
      setPdf(await schedulePDF(period));
    } catch (e) {
      fail(e);
    }
  };

  return (
    <>
      <Typography.Paragraph type="secondary">{t('schedule.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('schedule.period')}
          style={{ width: 220 }}
          showSearch={{ optionFilterProp: 'label' }}
          value={period}
          onChange={setPeriod}
          options={options}
        />
        {canRecord && (
          <Button type="primary" onClick={() => open(null)}>
            {t('schedule.add')}
          </Button>
        )}
        {canRecord && (
          <Button onClick={() => void fill()} title={t('schedule.fillHelp')}>
            {t('schedule.fill')}
          </Button>
        )}
        <Button onClick={() => void print()}>{t('schedule.print')}</Button>
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
      {view && view.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('schedule.warnings')}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {view.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          }
        />
      )}
      <Table<ScheduleEntry>
        size="small"
        rowKey="id"
        dataSource={view?.entries ?? []}
        aria-label={view ? `${t('schedule.title')} — ${view.period.title}` : t('schedule.title')}
        locale={{ emptyText: t('schedule.empty') }}
        pagination={false}
        columns={[
          { title: t('schedule.colDate'), dataIndex: 'date', render: dayText, width: 170 },
          { title: t('schedule.colTime'), key: 'time', render: (_, e) => `${e.start} – ${e.end}`, width: 120 },
          { title: t('schedule.colPlace'), dataIndex: 'place', width: 200 },
          { title: t('schedule.colPresidedBy'), dataIndex: 'presidedBy', width: 220 },
          {
            title: t('schedule.colInvited'),
            dataIndex: 'invited',
            width: 340,
            render: (bodies: string[]) => bodies.join('; '),
          },
          { title: t('schedule.colNotes'), dataIndex: 'notes' },
          {
            key: 'actions',
            width: 130,
            render: (_, e) =>
              canRecord && (
                <Space size={4}>
                  <Button size="small" onClick={() => open(e)}>
                    {t('schedule.edit')}
                  </Button>
                  <Popconfirm
                    title={t('schedule.deleteConfirm', { date: formatDate(e.date) })}
                    okText={t('schedule.delete')}
                    cancelText={t('schedule.cancel')}
                    onConfirm={() => void remove(e)}
                  >
                    <Button size="small" danger>
                      {t('schedule.delete')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      <Modal
        open={editing !== undefined}
        title={editing ? t('schedule.formEdit') : t('schedule.formAdd')}
        okText={t('schedule.save')}
        cancelText={t('schedule.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setEditing(undefined)}
        width={720}
        destroyOnHidden
      >
        <Form
          form={form}
          name="scheduleEntry"
          layout="vertical"
          onFinish={submit}
          aria-label={t('schedule.formAdd')}
          onKeyDown={(e) => {
            if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
              e.preventDefault();
              form.submit();
            }
          }}
        >
          <Space align="start" wrap>
            <Form.Item name="date" label={t('schedule.date')}>
              <DatePicker format="DD/MM/YYYY" allowClear={false} autoFocus />
            </Form.Item>
            <Form.Item name="start" label={t('schedule.start')}>
              <Input placeholder={t('schedule.timePlaceholder')} style={{ width: 100 }} maxLength={5} />
            </Form.Item>
            <Form.Item name="end" label={t('schedule.end')}>
              <Input placeholder="11:00" style={{ width: 100 }} maxLength={5} />
            </Form.Item>
          </Space>
          <Form.Item name="place" label={t('schedule.place')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="presidedBy" label={t('schedule.presidedBy')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="invited" label={t('schedule.invited')} extra={t('schedule.invitedHelp')}>
            <Select mode="tags" options={(view?.defaults.invited ?? []).map((b) => ({ value: b, label: b }))} tokenSeparators={[';']} />
          </Form.Item>
          <Form.Item name="notes" label={t('schedule.notes')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
      <PdfModal
        pdf={pdf}
        title={t('schedule.pdfTitle', { title: view?.period.title ?? '' })}
        fileName={`lich-tiep-cong-dan-${period}.pdf`}
        onClose={() => setPdf(undefined)}
      />
    </>
  );
}
