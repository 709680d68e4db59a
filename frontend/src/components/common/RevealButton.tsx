import { useState } from 'react';
import { Alert, Button, Descriptions, Form, Input, Modal } from 'antd';
import type { ApiError, Citizen } from '../../api';
import { t } from '../../locales';
import { showFieldErrors } from './formErrors';

/**
 * Reveals a protected identity (a visit's citizen, a petition's petitioner)
 * for an account that may, after it types a reason: reveal calls the Go
 * method, which checks the role again and writes the reveal to the audit
 * trail.
 */
export function RevealButton({ reveal }: { reveal: (reason: string) => Promise<Citizen> }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const [shown, setShown] = useState<Citizen>();
  const [error, setError] = useState<string>();
  const submit = async ({ reason }: { reason: string }) => {
    try {
      setShown(await reveal(reason ?? ''));
      setError(undefined);
    } catch (e) {
      if (!showFieldErrors(form, e as ApiError, ['reason'])) setError((e as ApiError).message);
    }
  };
  const close = () => {
    setOpen(false);
    setShown(undefined);
    setError(undefined);
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {t('reception.reveal')}
      </Button>
      <Modal
        open={open}
        title={t('reception.revealTitle')}
        okText={shown ? t('reception.close') : t('reception.revealOk')}
        onOk={() => (shown ? close() : form.submit())}
        onCancel={close}
        destroyOnHidden
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        {!shown ? (
          <Form form={form} layout="vertical" onFinish={submit} aria-label={t('reception.revealTitle')}>
            <Form.Item name="reason" label={t('reception.revealReason')} extra={t('reception.revealReasonHelp')}>
              <Input autoFocus maxLength={500} />
            </Form.Item>
          </Form>
        ) : (
          <Descriptions column={1} size="small" title={t('reception.revealed')}>
            <Descriptions.Item label={t('reception.name')}>{shown.name}</Descriptions.Item>
            <Descriptions.Item label={t('reception.idNumber')}>{shown.idNumber}</Descriptions.Item>
            <Descriptions.Item label={t('reception.address')}>{shown.address}</Descriptions.Item>
            <Descriptions.Item label={t('reception.phone')}>{shown.phone}</Descriptions.Item>
          </Descriptions>
        )}
      </Modal>
    </>
  );
}
