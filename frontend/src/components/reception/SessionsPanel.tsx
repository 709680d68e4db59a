import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Select, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { listSessions, saveSession, type ApiError, type ReceptionSession, type SessionKind } from '../../api';
import { t } from '../../locales';
import { formatDate } from '../../util/date';
import { useCan } from '../auth/session';
import { showFieldErrors } from '../common/formErrors';

const kinds: SessionKind[] = ['regular', 'periodic', 'adhoc'];

type Fields = Omit<ReceptionSession, 'date'> & { date: Dayjs };

/** The sittings (kỳ tiếp): regular, the Chairman's periodic and ad hoc, with who took part and the conclusions. */
export function SessionsPanel({ today, place }: { today: string; place: string }) {
  const canRecord = useCan('logbook.record');
  const { message, notification } = App.useApp();
  const [rows, setRows] = useState<ReceptionSession[]>([]);
  const [error, setError] = useState<string>();
  const [editing, setEditing] = useState<ReceptionSession | null>();
  const [form] = Form.useForm<Fields>();

  const load = useCallback(() => {
    listSessions({ from: '', to: '', kind: '' }).then(setRows, (e: ApiError) => setError(e.message));
  }, []);
  useEffect(load, [load]);

  const open = (s: ReceptionSession | null) => {
    setEditing(s);
    form.resetFields();
    form.setFieldsValue(
      s
        ? { ...s, date: dayjs(s.date) }
        : { kind: 'periodic', date: dayjs(today), place, presidedBy: '', participants: '', conclusion: '', id: 0, revision: 0 },
    );
  };

  const submit = async (v: Fields) => {
    try {
      await saveSession({
        id: editing?.id ?? 0,
        revision: editing?.revision ?? 0,
        kind: v.kind,
        date: v.date ? v.date.format('YYYY-MM-DD') : '',
        place: v.place ?? '',
        presidedBy: v.presidedBy ?? '',
        participants: v.participants ?? '',
        conclusion: v.conclusion ?? '',
      });
      message.success(t('reception.sessionSaved'));
      setEditing(undefined);
      load();
    } catch (e) {
      const err = e as ApiError;
      if (!showFieldErrors(form, err, ['kind', 'date', 'place', 'presidedBy', 'participants', 'conclusion'])) {
        notification.error({ title: err.message, placement: 'top' });
      }
    }
  };

  return (
    <>
      {error && <Alert type="error" showIcon title={error} />}
      {canRecord && (
        <Button type="primary" onClick={() => open(null)} style={{ marginBottom: 16 }}>
          {t('reception.addSession')}
        </Button>
      )}
      <Table<ReceptionSession>
        size="small"
        rowKey="id"
        dataSource={rows}
        aria-label={t('reception.tabSessions')}
        columns={[
          { title: t('reception.colSessionDate'), dataIndex: 'date', render: formatDate, width: 110 },
          { title: t('reception.colSessionKind'), dataIndex: 'kind', render: (k: SessionKind) => t(`reception.sessionKinds.${k}`), width: 140 },
          { title: t('reception.colPresidedBy'), dataIndex: 'presidedBy' },
          {
            title: t('reception.colParticipants'),
            dataIndex: 'participants',
            render: (p: string) => <Typography.Text style={{ whiteSpace: 'pre-line' }}>{p}</Typography.Text>,
          },
          { title: t('reception.colConclusion'), dataIndex: 'conclusion', ellipsis: true },
          {
            key: 'edit',
            width: 70,
            render: (_, s) =>
              canRecord && (
                <Button size="small" onClick={() => open(s)}>
                  {t('reception.edit')}
                </Button>
              ),
          },
        ]}
      />
      <Modal
        open={editing !== undefined}
        title={editing ? t('reception.editSession') : t('reception.addSession')}
        okText={t('reception.save')}
        cancelText={t('reception.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setEditing(undefined)}
        width={720}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} aria-label={t('reception.tabSessions')}>
          <Form.Item name="kind" label={t('reception.sessionKind')}>
            <Select options={kinds.map((k) => ({ value: k, label: t(`reception.sessionKinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="date" label={t('reception.sessionDate')}>
            <DatePicker format="DD/MM/YYYY" allowClear={false} />
          </Form.Item>
          <Form.Item name="place" label={t('reception.place')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="presidedBy" label={t('reception.presidedBy')} extra={t('reception.presidedByHelp')}>
            <Input maxLength={200} autoFocus />
          </Form.Item>
          <Form.Item name="participants" label={t('reception.participants')} extra={t('reception.participantsHelp')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
          <Form.Item name="conclusion" label={t('reception.conclusion')}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
