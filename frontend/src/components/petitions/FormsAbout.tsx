import { useEffect, useState } from 'react';
import { Alert, Card, Space, Table, Tag, Typography } from 'antd';
import { formCatalog, type ApiError, type FormInfo, type FormStatus } from '../../api';
import { t } from '../../locales';

/** The colour of how sure the wording of a form is. */
export const statusColour: Record<FormStatus, string> = { CONFIRMED: 'green', UNCONFIRMED: 'orange', VENDOR: 'blue' };

/**
 * Công cụ › Về biểu mẫu: every form the app prints, where its wording comes
 * from and how sure that is, so a clerk knows which print to check against
 * the official text before signing.
 */
export function FormsAbout() {
  const [forms, setForms] = useState<FormInfo[]>([]);
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    formCatalog().then(
      (f) => {
        setForms(f ?? []);
        setLoading(false);
      },
      (e: ApiError) => {
        setError(e.message);
        setLoading(false);
      },
    );
  }, []);

  return (
    <Card>
      <Typography.Title level={3}>{t('petitions.formsTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('petitions.formsIntro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        {(Object.keys(statusColour) as FormStatus[]).map((s) => (
          <span key={s}>
            <Tag color={statusColour[s]}>{t(`petitions.formStatuses.${s}`)}</Tag>
            <Typography.Text type="secondary">{t(`petitions.formStatusHelp.${s}`)}</Typography.Text>
          </span>
        ))}
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
      <Table<FormInfo>
        size="small"
        rowKey="code"
        loading={loading}
        pagination={false}
        dataSource={forms}
        aria-label={t('petitions.formsTitle')}
        columns={[
          { title: t('petitions.formCode'), dataIndex: 'code', width: 120 },
          { title: t('petitions.formName'), dataIndex: 'title', width: 300 },
          { title: t('petitions.formSource'), dataIndex: 'source', width: 280 },
          {
            title: t('petitions.formStatus'),
            dataIndex: 'status',
            width: 150,
            render: (s: FormStatus) => <Tag color={statusColour[s]}>{t(`petitions.formStatuses.${s}`)}</Tag>,
          },
          { title: t('petitions.formNote'), dataIndex: 'note' },
        ]}
      />
    </Card>
  );
}
