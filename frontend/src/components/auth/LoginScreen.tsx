import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { login, type ApiError, type AuthState } from '../../api';
import { t } from '../../locales';
import { showFieldErrors } from '../common/formErrors';

interface Fields {
  username: string;
  password: string;
}

/** The login screen, and the lock screen when lockedUser is given. */
export function LoginScreen({ lockedUser, onLoggedIn }: { lockedUser: string; onLoggedIn: (s: AuthState) => void }) {
  const [form] = Form.useForm<Fields>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (v: Fields) => {
    setBusy(true);
    setError(undefined);
    try {
      onLoggedIn(await login(lockedUser || v.username, v.password ?? ''));
    } catch (e) {
      const err = e as ApiError;
      if (!showFieldErrors(form, err, ['username', 'password'])) setError(err.message);
      form.setFieldValue('password', '');
      form.focusField('password');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="first-run">
      <Card style={{ maxWidth: 420, margin: '96px auto' }}>
        <Typography.Title level={2} style={{ marginBottom: 0 }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('app.tagline')}</Typography.Paragraph>
        <Typography.Title level={4}>{lockedUser ? t('auth.lockedTitle') : t('auth.loginTitle')}</Typography.Title>
        {lockedUser && <Typography.Paragraph>{t('auth.lockedIntro', { user: lockedUser })}</Typography.Paragraph>}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ username: lockedUser }} aria-label={t('auth.loginTitle')}>
          <Form.Item name="username" label={t('auth.username')}>
            <Input prefix={<UserOutlined />} autoFocus={!lockedUser} disabled={!!lockedUser} autoComplete="username" />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')}>
            <Input.Password visibilityToggle={false} prefix={<LockOutlined />} autoFocus={!!lockedUser} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>
            {lockedUser ? t('auth.unlock') : t('auth.login')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
