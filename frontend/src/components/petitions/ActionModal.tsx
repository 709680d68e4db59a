import { useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import { addPetitionAction, type ActionKind, type ApiError, type PetitionView } from '../../api';
import { t } from '../../locales';
import { showFieldErrors } from '../common/formErrors';
import { isoDate } from './formHelpers';
import { actionKindsFor } from './petitionRules';

interface Fields {
  kind: ActionKind;
  date: string;
  docNumber: string;
  body: string;
  note: string;
}

/** The actions that name another body: the one guided or transferred to, urged, or that replied. */
const withBody: ActionKind[] = ['guide', 'transfer', 'urge', 'reply-received'];

/**
 * Thêm bước xử lý: one dated handling step of petition p, with its document's
 * number and the body it concerns. Only the steps that make sense for p are
 * offered; Go checks the law again and its refusal is shown here.
 */
export function ActionModal({ petition: p, today, open, onClose, onDone }: { petition: PetitionView; today: string; open: boolean; onClose: () => void; onDone: (p: PetitionView) => void }) {
  const [form] = Form.useForm<Fields>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const kind = Form.useWatch('kind', form);
  const kinds = actionKindsFor(p);

  const submit = async (v: Fields) => {
    setBusy(true);
    setError(undefined);
    try {
      const saved = await addPetitionAction({
        id: 0,
        petitionId: p.id,
        revision: p.revision,
        kind: v.kind,
        date: v.date ?? '',
        docNumber: v.docNumber ?? '',
        body: withBody.includes(v.kind) ? (v.body ?? '') : '',
        note: v.note ?? '',
        by: '',
        createdAt: '',
      });
      form.resetFields();
      onDone(saved);
    } catch (e) {
      const err = e as ApiError;
      if (!showFieldErrors(form, err, ['kind', 'date', 'docNumber', 'body', 'note'])) setError(err.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('petitions.addAction')}
      okText={t('petitions.saveAction')}
      cancelText={t('reception.close')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(undefined);
        onClose();
      }}
      destroyOnHidden
    >
      <Form<Fields>
        form={form}
        layout="vertical"
        onFinish={submit}
        aria-label={t('petitions.addAction')}
        initialValues={{ kind: kinds[0], date: today }}
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
            e.preventDefault();
            form.submit();
          }
        }}
      >
        <Form.Item name="kind" label={t('petitions.actionKind')}>
          <Select autoFocus options={kinds.map((k) => ({ value: k, label: t(`petitions.actions.${k}`) }))} />
        </Form.Item>
        <Form.Item name="date" label={t('petitions.actionDate')} {...isoDate}>
          <DatePicker format="DD/MM/YYYY" allowClear={false} style={{ width: 200 }} />
        </Form.Item>
        {kind && withBody.includes(kind) && (
          <Form.Item name="body" label={t(`petitions.actionBody.${kind}`)}>
            <Input maxLength={300} />
          </Form.Item>
        )}
        <Form.Item name="docNumber" label={t('petitions.docNumber')} extra={t('petitions.docNumberHelp')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="note" label={t('petitions.actionNote')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
