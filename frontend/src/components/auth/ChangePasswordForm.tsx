import { useState } from 'react';
import { App, Button, Form, Input } from 'antd';
import { changePassword, type ApiError, type AuthState, type ChangePasswordInput } from '../../api';
import { t } from '../../locales';
import { showFieldErrors } from '../common/formErrors';

const fields = ['current', 'password', 'passwordConfirm'];
const blank: ChangePasswordInput = { current: '', password: '', passwordConfirm: '' };

/** A person's own password change: forced after a reset, or by choice. */
export function ChangePasswordForm({ onDone }: { onDone: (s: AuthState) => void }) {
  const [form] = Form.useForm<ChangePasswordInput>();
  const { notification, message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const submit = async (v: ChangePasswordInput) => {
    setBusy(true);
    try {
      const s = await changePassword({ ...blank, ...v });
      message.success(t('auth.passwordChanged'));
      form.resetFields();
      onDone(s);
    } catch (e) {
      const err = e as ApiError;
      if (!showFieldErrors(form, err, fields)) notification.error({ title: err.message, placement: 'top' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit} aria-label={t('auth.changePassword')}>
      <Form.Item name="current" label={t('auth.currentPassword')}>
        <Input.Password visibilityToggle={false} autoFocus autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="password" label={t('auth.newPassword')} extra={t('auth.passwordHelp')}>
        <Input.Password visibilityToggle={false} maxLength={128} autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="passwordConfirm" label={t('auth.passwordConfirm')}>
        <Input.Password visibilityToggle={false} maxLength={128} autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('auth.changePassword')}
      </Button>
    </Form>
  );
}
