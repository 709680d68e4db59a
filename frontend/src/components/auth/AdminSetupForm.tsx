import { useState } from 'react';
import { App, Button, Form, Input } from 'antd';
import { setupAdmin, type ApiError, type AuthState, type SetupInput } from '../../api';
import { t } from '../../locales';
import { showFieldErrors } from '../common/formErrors';

const fields = ['username', 'fullName', 'password', 'passwordConfirm'];
const blank: SetupInput = { username: '', fullName: '', password: '', passwordConfirm: '' };

/** The first run's first step: the administrator's account. */
export function AdminSetupForm({ onDone }: { onDone: (s: AuthState) => void }) {
  const [form] = Form.useForm<SetupInput>();
  const { notification } = App.useApp();
  const [busy, setBusy] = useState(false);
  const submit = async (v: SetupInput) => {
    setBusy(true);
    try {
      onDone(await setupAdmin({ ...blank, ...v }));
    } catch (e) {
      const err = e as ApiError;
      if (!showFieldErrors(form, err, fields)) notification.error({ title: err.message, placement: 'top' });
    } finally {
      setBusy(false);
    }
  };
  const required = true;
  return (
    <Form form={form} layout="vertical" onFinish={submit} aria-label={t('auth.adminTitle')}>
      <Form.Item name="fullName" label={t('auth.fullName')} required={required}>
        <Input autoFocus maxLength={100} placeholder={t('auth.fullNamePlaceholder')} />
      </Form.Item>
      <Form.Item name="username" label={t('auth.username')} required={required} extra={t('auth.usernameHelp')}>
        <Input maxLength={32} autoComplete="username" style={{ maxWidth: 320 }} />
      </Form.Item>
      <Form.Item name="password" label={t('auth.newPassword')} required={required} extra={t('auth.passwordHelp')}>
        <Input.Password visibilityToggle={false} maxLength={128} autoComplete="new-password" style={{ maxWidth: 320 }} />
      </Form.Item>
      <Form.Item name="passwordConfirm" label={t('auth.passwordConfirm')} required={required}>
        <Input.Password visibilityToggle={false} maxLength={128} autoComplete="new-password" style={{ maxWidth: 320 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" loading={busy}>
        {t('auth.createAdmin')}
      </Button>
    </Form>
  );
}
