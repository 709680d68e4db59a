import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import {
  accountRoles,
  createAccount,
  listAccounts,
  resetPassword,
  saveSecuritySettings,
  securitySettings,
  updateAccount,
  type Account,
  type ApiError,
  type NewAccountInput,
  type RoleOption,
  type SecuritySettings,
} from '../../api';
import { t } from '../../locales';
import { formatDateTime } from '../../util/date';
import { showFieldErrors } from '../common/formErrors';

type Editing = { mode: 'new' } | { mode: 'edit'; account: Account } | { mode: 'reset'; account: Account };

/** Cài đặt › Tài khoản: the administrator's accounts and login rules. */
export function AccountsPage() {
  const { message, notification } = App.useApp();
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [roles, setRoles] = useState<RoleOption[]>([]);
  const [error, setError] = useState<string>();
  const [editing, setEditing] = useState<Editing>();
  const [form] = Form.useForm();
  const [security] = Form.useForm<SecuritySettings>();
  const [rules, setRules] = useState<SecuritySettings>();

  const reload = useCallback(() => {
    listAccounts().then(setAccounts, (e: ApiError) => setError(e.message));
  }, []);
  useEffect(() => {
    reload();
    accountRoles().then(setRoles, () => {});
    securitySettings().then((r) => {
      setRules(r);
      security.setFieldsValue(r);
    }, () => {});
  }, [reload, security]);

  const roleLabel = (r: string) => roles.find((o) => o.role === r)?.label ?? r;

  const open = (e: Editing) => {
    form.resetFields();
    if (e.mode === 'edit') form.setFieldsValue(e.account);
    setEditing(e);
  };

  const submit = async (v: Record<string, unknown>) => {
    if (!editing) return;
    try {
      if (editing.mode === 'new') {
        const a = await createAccount({ username: '', fullName: '', role: '', password: '', ...(v as Partial<NewAccountInput>) });
        message.success(t('accounts.created', { user: a.username }));
      } else if (editing.mode === 'edit') {
        const a = await updateAccount({ ...editing.account, ...(v as Partial<Account>) });
        message.success(t('accounts.saved', { user: a.username }));
      } else {
        await resetPassword(editing.account.id, String(v.password ?? ''));
        message.success(t('accounts.resetDone', { user: editing.account.username }));
      }
      setEditing(undefined);
      reload();
    } catch (e) {
      const err = e as ApiError;
      if (!showFieldErrors(form, err, ['username', 'fullName', 'role', 'password'])) {
        notification.error({ title: err.message, placement: 'top' });
      }
    }
  };

  const saveRules = async (v: SecuritySettings) => {
    try {
      const r = await saveSecuritySettings({ ...rules!, ...v });
      setRules(r);
      message.success(t('accounts.securitySaved'));
    } catch (e) {
      const err = e as ApiError;
      if (!showFieldErrors(security, err, ['maxFailedLogins', 'lockoutMinutes', 'idleMinutes'])) {
        notification.error({ title: err.message, placement: 'top' });
      }
    }
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3}>{t('accounts.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('accounts.intro')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} />}
        <Button type="primary" onClick={() => open({ mode: 'new' })} style={{ marginBottom: 16 }}>
          {t('accounts.add')}
        </Button>
        <Table<Account>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={accounts}
          aria-label={t('accounts.title')}
          columns={[
            { title: t('accounts.colUsername'), dataIndex: 'username' },
            { title: t('accounts.colFullName'), dataIndex: 'fullName' },
            { title: t('accounts.colRole'), dataIndex: 'role', render: roleLabel },
            {
              title: t('accounts.colStatus'),
              key: 'status',
              render: (_, a) => (
                <Space size={4} wrap>
                  {a.disabled ? <Tag color="red">{t('accounts.disabled')}</Tag> : <Tag color="green">{t('accounts.active')}</Tag>}
                  {a.lockedUntil && <Tag color="orange">{t('accounts.locked', { until: formatDateTime(a.lockedUntil) })}</Tag>}
                  {a.mustChangePassword && <Tag>{t('accounts.mustChange')}</Tag>}
                </Space>
              ),
            },
            {
              key: 'actions',
              render: (_, a) => (
                <Space>
                  <Button size="small" onClick={() => open({ mode: 'edit', account: a })}>
                    {t('accounts.edit')}
                  </Button>
                  <Button size="small" onClick={() => open({ mode: 'reset', account: a })}>
                    {t('accounts.reset')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>

      <Card title={t('accounts.securityTitle')}>
        <Form form={security} layout="vertical" onFinish={saveRules} aria-label={t('accounts.securityTitle')}>
          <Space size="large" wrap>
            <Form.Item name="maxFailedLogins" label={t('accounts.maxFailedLogins')}>
              <InputNumber min={1} max={99} />
            </Form.Item>
            <Form.Item name="lockoutMinutes" label={t('accounts.lockoutMinutes')}>
              <InputNumber min={1} max={9999} />
            </Form.Item>
            <Form.Item name="idleMinutes" label={t('accounts.idleMinutes')}>
              <InputNumber min={1} max={999} />
            </Form.Item>
          </Space>
          <Button htmlType="submit">{t('accounts.save')}</Button>
        </Form>
      </Card>

      <Modal
        open={!!editing}
        title={
          editing?.mode === 'new'
            ? t('accounts.add')
            : editing?.mode === 'edit'
              ? `${t('accounts.edit')}: ${editing.account.username}`
              : editing
                ? `${t('accounts.reset')}: ${editing.account.username}`
                : ''
        }
        okText={t('accounts.save')}
        cancelText={t('accounts.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setEditing(undefined)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} aria-label={t('accounts.title')}>
          {editing?.mode === 'new' && (
            <Form.Item name="username" label={t('accounts.username')}>
              <Input autoFocus maxLength={32} />
            </Form.Item>
          )}
          {editing?.mode !== 'reset' && (
            <>
              <Form.Item name="fullName" label={t('accounts.fullName')}>
                <Input maxLength={100} autoFocus={editing?.mode === 'edit'} />
              </Form.Item>
              <Form.Item name="role" label={t('accounts.role')}>
                <Select options={roles.map((r) => ({ value: r.role, label: r.label }))} />
              </Form.Item>
            </>
          )}
          {editing?.mode === 'edit' && (
            <Form.Item name="disabled" valuePropName="checked">
              <Checkbox>{t('accounts.disable')}</Checkbox>
            </Form.Item>
          )}
          {editing?.mode !== 'edit' && (
            <Form.Item name="password" label={editing?.mode === 'new' ? t('accounts.password') : t('accounts.newPassword')}>
              <Input.Password visibilityToggle={false} maxLength={128} autoFocus={editing?.mode === 'reset'} autoComplete="new-password" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Space>
  );
}
