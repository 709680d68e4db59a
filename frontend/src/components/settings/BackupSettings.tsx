import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Space, Table, Tag, Typography } from 'antd';
import {
  backupSettings,
  createBackup,
  listBackups,
  restoreBackup,
  saveBackupSettings,
  type ApiError,
  type BackupSettingsInput,
  type BackupSettingsView,
  type BackupView,
} from '../../api';
import { t } from '../../locales';
import { formatDateTime } from '../../util/date';
import { showFieldErrors } from '../common/formErrors';

/** A file size as people read it: "850 KB", "12,4 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

const kindColor: Record<string, string> = {
  daily: 'blue',
  close: 'geekblue',
  manual: 'green',
  'before-restore': 'orange',
  'before-migration': 'purple',
};

/**
 * Cài đặt › Sao lưu: the backups of the data folder, a backup now, a restore
 * (after a confirmation that says the current data is kept as a backup
 * first), and the second folder every backup is also copied to. After a
 * restore the app must start again on the restored data: onRestored, by
 * default, reloads the page.
 */
export function BackupSettings({ onRestored = () => window.location.reload() }: { onRestored?: () => void }) {
  const { message, modal, notification } = App.useApp();
  const [backups, setBackups] = useState<BackupView[]>();
  const [settings, setSettings] = useState<BackupSettingsView>();
  const [error, setError] = useState<string>();
  const [creating, setCreating] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<BackupSettingsInput>();

  const fail = useCallback((e: ApiError) => notification.error({ title: e.message, placement: 'top' }), [notification]);
  const load = useCallback(
    () => listBackups().then(setBackups, (e: ApiError) => setError(e.message)),
    [],
  );

  useEffect(() => {
    void load();
    backupSettings().then(
      (s) => {
        setSettings(s);
        form.setFieldsValue({ secondFolder: s.secondFolder });
      },
      (e: ApiError) => setError(e.message),
    );
  }, [load, form]);

  const create = async () => {
    setCreating(true);
    try {
      const b = await createBackup();
      message.success(t('backup.created', { name: b.name }));
      if (b.warning) notification.warning({ title: b.warning, placement: 'top' });
      await load();
    } catch (e) {
      fail(e as ApiError);
    } finally {
      setCreating(false);
    }
  };

  const restore = (b: BackupView) =>
    modal.confirm({
      title: t('backup.restoreTitle', { time: formatDateTime(b.time) }),
      content: (
        <>
          <Typography.Paragraph>{t('backup.restoreExplain')}</Typography.Paragraph>
          <Typography.Paragraph>{t('backup.restoreAfter')}</Typography.Paragraph>
        </>
      ),
      okText: t('backup.restoreOk'),
      cancelText: t('backup.cancel'),
      okButtonProps: { danger: true },
      onOk: () =>
        restoreBackup(b.name).then(
          (kept) => {
            modal.success({
              title: t('backup.restored'),
              content: t('backup.restoredKept', { name: kept.name }),
              onOk: onRestored,
            });
          },
          fail,
        ),
    });

  const save = async (v: BackupSettingsInput) => {
    setSaving(true);
    try {
      const s = await saveBackupSettings({ secondFolder: v.secondFolder ?? '' });
      setSettings(s);
      form.setFieldsValue({ secondFolder: s.secondFolder });
      message.success(s.secondFolder ? t('backup.saved') : t('backup.savedOff'));
    } catch (e) {
      if (!showFieldErrors(form, e as ApiError, ['secondFolder'])) fail(e as ApiError);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3}>{t('backup.title')}</Typography.Title>
        {settings && (
          <Typography.Paragraph type="secondary">
            {t('backup.intro', {
              folder: settings.folder,
              daily: settings.keepDaily,
              weekly: settings.keepWeekly,
              monthly: settings.keepMonthly,
            })}
          </Typography.Paragraph>
        )}
        {error && <Alert style={{ marginBottom: 12 }} type="error" showIcon title={error} />}
        <Button type="primary" onClick={create} loading={creating}>
          {t('backup.createNow')}
        </Button>
      </Card>

      <Card title={t('backup.listTitle')}>
        {backups && backups.length === 0 && <Typography.Text type="secondary">{t('backup.none')}</Typography.Text>}
        {backups && backups.length > 0 && (
          <Table<BackupView>
            size="small"
            rowKey="name"
            dataSource={backups}
            pagination={backups.length > 20 ? { pageSize: 20 } : false}
            aria-label={t('backup.listTitle')}
            columns={[
              { title: t('backup.colTime'), dataIndex: 'time', render: (v: string) => formatDateTime(v), width: 160 },
              {
                title: t('backup.colKind'),
                dataIndex: 'kind',
                render: (k: string) => <Tag color={kindColor[k]}>{t(`backup.kind.${k}`)}</Tag>,
              },
              { title: t('backup.colSize'), dataIndex: 'size', render: (n: number) => formatSize(n), width: 120 },
              {
                key: 'restore',
                width: 120,
                render: (_, b) => (
                  <Button size="small" onClick={() => restore(b)} aria-label={`${t('backup.restore')} ${b.name}`}>
                    {t('backup.restore')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Card>

      <Card
        title={t('backup.secondTitle')}
        extra={
          settings?.secondFolder &&
          (settings.secondReachable ? (
            <Tag color="green">{t('backup.secondReachable')}</Tag>
          ) : (
            <Tag color="orange">{t('backup.secondUnreachable')}</Tag>
          ))
        }
      >
        <Typography.Paragraph type="secondary">{t('backup.secondIntro')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={save} initialValues={{ secondFolder: '' }} aria-label={t('backup.secondTitle')}>
          <Form.Item name="secondFolder" label={t('backup.secondFolder')}>
            <Input placeholder={t('backup.secondPlaceholder')} maxLength={500} />
          </Form.Item>
          <Button htmlType="submit" loading={saving}>
            {t('backup.save')}
          </Button>
        </Form>
      </Card>
    </Space>
  );
}
