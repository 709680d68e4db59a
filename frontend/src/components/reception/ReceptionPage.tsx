import { useCallback, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, DatePicker, Drawer, Form, Input, InputNumber, Modal, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  exportLogbook,
  listVisits,
  markReplied,
  receiptPDF,
  refusalNoticePDF,
  revealCitizen,
  type ApiError,
  type LogbookFormat,
  type Outcome,
  type VisitFilter,
  type VisitKind,
  type VisitView,
} from '../../api';
import { t } from '../../locales';
import { formatDate, formatDateTime } from '../../util/date';
import { useCan } from '../auth/session';
import { useAltKey, usePagedList } from '../common/usePagedList';
import { PdfModal } from '../common/PdfModal';
import { showFieldErrors } from '../common/formErrors';
import { RevealButton } from '../common/RevealButton';
import { ScheduleTab } from './ScheduleTab';
import { SessionsPanel } from './SessionsPanel';
import { VisitForm } from './VisitForm';

const kinds: VisitKind[] = ['complaint', 'denunciation', 'recommendation', 'feedback', 'mixed', 'other'];
const outcomes: Outcome[] = ['guide', 'accept', 'transfer', 'answer', 'refuse'];

const emptyFilter: VisitFilter = { from: '', to: '', kind: '', outcome: '', sessionKind: '', groupOnly: false, text: '', limit: 50, offset: 0 };

/** Tiếp công dân: the logbook with its filters, and the entry of a new visit (Alt+N). */
export function ReceptionPage({ today, place = '' }: { today: string; place?: string }) {
  const canRecord = useCan('logbook.record');
  const canReveal = useCan('identity.reveal');
  const { message } = App.useApp();
  const [filter, setFilter] = useState<VisitFilter>(emptyFilter);
  const [open, setOpen] = useState(false);

  const { rows, total, error, setError, reload: load } = usePagedList(listVisits, filter);

  useAltKey('n', useCallback(() => setOpen(true), []), canRecord);

  const set = (patch: Partial<VisitFilter>) => setFilter({ ...filter, ...patch, offset: 0 });

  const [notice, setNotice] = useState<{ pdf: string; number: number }>();
  // The notice gets its number as it is first printed: asked for here (empty = the year's next).
  const [noticeFor, setNoticeFor] = useState<VisitView>();
  const [noticeForm] = Form.useForm<{ number: number | null; date: Dayjs }>();
  const printNotice = async (v: VisitView, number = 0, date = '') => {
    try {
      setNotice({ pdf: await refusalNoticePDF(v.id, number, date), number: v.number });
      setNoticeFor(undefined);
      load();
    } catch (e) {
      const err = e as ApiError;
      if (!noticeFor || !showFieldErrors(noticeForm, err, ['number', 'date'])) setError(err.message);
    }
  };
  const askNotice = (v: VisitView) => {
    if (v.notice) {
      void printNotice(v);
      return;
    }
    noticeForm.setFieldsValue({ number: null, date: dayjs(today) });
    setNoticeFor(v);
  };

  const [receipt, setReceipt] = useState<{ pdf: string; number: number; year: number }>();
  const reprintReceipt = async (id: number, number: number, year: number) => {
    try {
      setReceipt({ pdf: await receiptPDF(id), number, year });
    } catch (e) {
      setError((e as ApiError).message);
    }
  };

  // Recording that the citizen was answered (Luật TCD Art. 28).
  const [replyFor, setReplyFor] = useState<VisitView>();
  const [replyForm] = Form.useForm<{ date: Dayjs; note: string }>();
  const askReply = (v: VisitView) => {
    replyForm.setFieldsValue({ date: dayjs(today), note: '' });
    setReplyFor(v);
  };
  const saveReply = async (f: { date: Dayjs; note: string }) => {
    if (!replyFor) return;
    try {
      await markReplied(replyFor.id, f.date ? f.date.format('YYYY-MM-DD') : '', f.note ?? '');
      message.success(t('reception.replied'));
      setReplyFor(undefined);
      load();
    } catch (e) {
      const err = e as ApiError;
      if (!showFieldErrors(replyForm, err, ['date', 'note'])) setError(err.message);
    }
  };

  // The sổ in the Mẫu 03/TCD columns, for the dates filtered (all when none).
  const download = async (format: LogbookFormat) => {
    try {
      const b64 = await exportLogbook(format, filter.from, filter.to);
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const type = format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([bytes], { type }));
      a.download = `so-tiep-cong-dan.${format}`;
      a.click();
      message.success(t('reception.exported'));
    } catch (e) {
      setError((e as ApiError).message);
    }
  };

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('reception.title')}
        </Typography.Title>
        <Space>
          <Button onClick={() => void download('xlsx')}>{t('reception.exportXlsx')}</Button>
          <Button onClick={() => void download('pdf')}>{t('reception.exportPdf')}</Button>
          {canRecord && (
            <Button type="primary" onClick={() => setOpen(true)} title={t('reception.addHint')}>
              {t('reception.add')} ({t('reception.addHint')})
            </Button>
          )}
        </Space>
      </Space>
      <Tabs
        items={[
          {
            key: 'logbook',
            label: t('reception.tabLogbook'),
            children: (
              <>
      <Space wrap style={{ margin: '16px 0' }}>
        <Input.Search
          aria-label={t('reception.search')}
          placeholder={t('reception.search')}
          allowClear
          style={{ width: 420 }}
          onChange={(e) => set({ text: e.target.value })}
        />
        <Select
          aria-label={t('reception.filterKind')}
          style={{ width: 180 }}
          value={filter.kind}
          onChange={(kind) => set({ kind })}
          options={[{ value: '', label: `${t('reception.filterKind')}: ${t('reception.all')}` }, ...kinds.map((k) => ({ value: k, label: t(`reception.kinds.${k}`) }))]}
        />
        <Select
          aria-label={t('reception.filterOutcome')}
          style={{ width: 180 }}
          value={filter.outcome}
          onChange={(outcome) => set({ outcome })}
          options={[{ value: '', label: `${t('reception.filterOutcome')}: ${t('reception.all')}` }, ...outcomes.map((o) => ({ value: o, label: t(`reception.outcomes.${o}`) }))]}
        />
        <DatePicker.RangePicker
          aria-label={t('reception.filterDates')}
          format="DD/MM/YYYY"
          placeholder={[t('reception.filterFrom'), t('reception.filterTo')]}
          onChange={(r) => set({ from: r?.[0]?.format('YYYY-MM-DD') ?? '', to: r?.[1]?.format('YYYY-MM-DD') ?? '' })}
        />
        <Select
          aria-label={t('reception.filterSessionKind')}
          style={{ width: 200 }}
          value={filter.sessionKind}
          onChange={(sessionKind) => set({ sessionKind })}
          options={[
            { value: '', label: `${t('reception.filterSessionKind')}: ${t('reception.all')}` },
            ...(['regular', 'periodic', 'adhoc'] as const).map((k) => ({ value: k, label: t(`reception.sessionKinds.${k}`) })),
          ]}
        />
        <Checkbox checked={filter.groupOnly} onChange={(e) => set({ groupOnly: e.target.checked })}>
          {t('reception.groupOnly')}
        </Checkbox>
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
      <Table<VisitView>
        size="small"
        rowKey="id"
        dataSource={rows}
        aria-label={t('reception.title')}
        scroll={{ x: 1500 }}
        pagination={{
          total,
          pageSize: filter.limit,
          current: filter.offset / filter.limit + 1,
          showTotal: (n) => t('reception.total', { n }),
          onChange: (page) => setFilter({ ...filter, offset: (page - 1) * filter.limit }),
        }}
        columns={[
          { title: t('reception.colNumber'), dataIndex: 'number', width: 60 },
          { title: t('reception.colDate'), dataIndex: 'receivedAt', render: formatDateTime, width: 140 },
          {
            title: t('reception.colPeople'),
            key: 'people',
            width: 300,
            render: (_, v) => (
              <Space orientation="vertical" size={0}>
                {v.citizens.map((c, i) => (
                  <span key={i}>
                    {c.masked ? <Tag color="purple">{c.name}</Tag> : c.name}
                    {c.masked && canReveal && <RevealButton reveal={(reason) => revealCitizen(v.id, i, reason)} />}
                    {c.representative && <Tag style={{ marginLeft: 4 }}>{t('reception.representative')}</Tag>}
                    {c.address && <Typography.Text type="secondary"> — {c.address}</Typography.Text>}
                  </span>
                ))}
              </Space>
            ),
          },
          { title: t('reception.colSummary'), dataIndex: 'summary', width: 300 },
          { title: t('reception.colKind'), dataIndex: 'kind', render: (k: VisitKind) => t(`reception.kinds.${k}`), width: 120 },
          {
            title: t('reception.colCount'),
            dataIndex: 'peopleCount',
            width: 110,
            render: (n: number, v) => (v.isGroup ? <Tag color="orange">{t('reception.group', { n })}</Tag> : n),
          },
          { title: t('reception.colOutcome'), dataIndex: 'outcome', render: (o: Outcome) => t(`reception.outcomes.${o}`), width: 130 },
          {
            title: t('reception.colDue'),
            key: 'due',
            width: 150,
            render: (_, v) =>
              v.noticeDue ? (
                <Space orientation="vertical" size={2}>
                  {v.notice ? (
                    <span>{t('reception.noticeIssued', { n: String(v.notice.number).padStart(2, '0'), date: formatDate(v.notice.date) })}</span>
                  ) : (
                    <span>{t('reception.noticeDue', { date: formatDate(v.noticeDue) })}</span>
                  )}
                  {canRecord && (
                    <Button size="small" onClick={() => askNotice(v)}>
                      {v.notice ? t('reception.reprintNotice') : t('reception.printNotice')}
                    </Button>
                  )}
                </Space>
              ) : v.repliedOn ? (
                <Tag color="green">{t('reception.repliedOn', { date: formatDate(v.repliedOn) })}</Tag>
              ) : (
                formatDate(v.replyDue)
              ),
          },
          {
            title: t('reception.colOrdinal'),
            dataIndex: 'visitOrdinal',
            width: 90,
            render: (n: number) => (n > 1 ? <Tag color="red">{t('reception.nthTime', { n })}</Tag> : t('reception.firstTime')),
          },
          {
            title: t('reception.colActions'),
            key: 'actions',
            width: 200,
            render: (_, v) =>
              canRecord && (
                <Space orientation="vertical" size={2}>
                  {v.receipts.map((r) => (
                    <Button key={r.id} size="small" onClick={() => void reprintReceipt(r.id, r.number, r.year)}>
                      {t('reception.reprintReceipt', { n: String(r.number).padStart(2, '0') })}
                    </Button>
                  ))}
                  {v.replyDue && !v.repliedOn && (
                    <Button size="small" onClick={() => askReply(v)}>
                      {t('reception.markReplied')}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
              </>
            ),
          },
          { key: 'sessions', label: t('reception.tabSessions'), children: <SessionsPanel today={today} place={place} /> },
          { key: 'schedule', label: t('reception.tabSchedule'), children: <ScheduleTab today={today} /> },
        ]}
      />
      <PdfModal
        pdf={notice?.pdf}
        title={t('reception.noticeTitle', { n: notice?.number ?? 0 })}
        fileName={`thong-bao-tu-choi-tiep-${notice?.number ?? 0}.pdf`}
        onClose={() => setNotice(undefined)}
      />
      <PdfModal
        pdf={receipt?.pdf}
        title={t('reception.receiptReprintTitle', { n: String(receipt?.number ?? 0).padStart(2, '0'), year: receipt?.year ?? '' })}
        fileName={`giay-bien-nhan-${receipt?.number ?? 0}-${receipt?.year ?? ''}.pdf`}
        onClose={() => setReceipt(undefined)}
      />
      <Modal
        open={!!noticeFor}
        title={t('reception.noticeFormTitle', { n: noticeFor?.number ?? 0 })}
        okText={t('reception.print')}
        cancelText={t('reception.cancel')}
        onOk={() => noticeForm.submit()}
        onCancel={() => setNoticeFor(undefined)}
        forceRender
      >
        <Form
          form={noticeForm}
          name="refusalNotice"
          layout="vertical"
          onFinish={(f) => noticeFor && void printNotice(noticeFor, f.number ?? 0, f.date ? f.date.format('YYYY-MM-DD') : '')}
        >
          <Form.Item name="number" label={t('reception.noticeNumber')} extra={t('reception.noticeNumberHelp')}>
            <InputNumber min={1} max={99999} precision={0} style={{ width: 160 }} autoFocus />
          </Form.Item>
          <Form.Item name="date" label={t('reception.noticeDate')}>
            <DatePicker format="DD/MM/YYYY" allowClear={false} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!replyFor}
        title={t('reception.replyTitle', { n: replyFor?.number ?? 0 })}
        okText={t('reception.save')}
        cancelText={t('reception.cancel')}
        onOk={() => replyForm.submit()}
        onCancel={() => setReplyFor(undefined)}
        forceRender
      >
        <Form form={replyForm} name="reply" layout="vertical" onFinish={(f) => void saveReply(f)}>
          <Form.Item name="date" label={t('reception.replyDate')}>
            <DatePicker format="DD/MM/YYYY" allowClear={false} autoFocus />
          </Form.Item>
          <Form.Item name="note" label={t('reception.replyNote')} extra={t('reception.replyNoteHelp')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
      <Drawer
        open={open}
        size="large"
        width={960}
        title={t('reception.formTitle')}
        onClose={() => setOpen(false)}
        destroyOnHidden
      >
        <VisitForm today={today} onSaved={() => load()} />
      </Drawer>
    </Card>
  );
}
