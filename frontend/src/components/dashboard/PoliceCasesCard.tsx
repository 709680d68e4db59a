import { useEffect, useState } from 'react';
import { Alert, Card, Table, Tag, Typography } from 'antd';
import { policeCases, type ApiError, type CaseKind, type CaseStatus, type CaseView } from '../../api';
import { t } from '../../locales';
import { formatDate } from '../../util/date';
import { CaseDue } from '../cases/DueDate';

/**
 * For the police liaison: the group (đông người) and complex cases, to plan
 * order and safety. Go masks every protected identity.
 */
export function PoliceCasesCard({ today }: { today: string }) {
  const [rows, setRows] = useState<CaseView[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    policeCases().then((p) => setRows(p.rows), (e: ApiError) => setError(e.message));
  }, []);
  return (
    <Card title={t('dashboard.policeTitle')} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{t('dashboard.policeIntro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} />}
      {rows && (
        <Table<CaseView>
          size="small"
          rowKey="id"
          dataSource={rows}
          aria-label={t('dashboard.policeTitle')}
          locale={{ emptyText: t('dashboard.policeNone') }}
          pagination={rows.length > 20 ? { pageSize: 20 } : false}
          columns={[
            { title: t('cases.colPetition'), key: 'n', width: 90, render: (_, c) => t('cases.petitionNumber', { n: c.petitionNumber, year: c.petitionYear }) },
            { title: t('cases.colKind'), dataIndex: 'kind', width: 150, render: (k: CaseKind) => t(`cases.kinds.${k}`) },
            { title: t('cases.summary'), dataIndex: 'summary' },
            {
              title: '',
              key: 'tags',
              width: 200,
              render: (_, c) => (
                <>
                  {c.isGroup && <Tag color="orange">{t('cases.group')}</Tag>}
                  {c.complexity && <Tag color="red">{t(`cases.complexity.${c.complexity}`)}</Tag>}
                </>
              ),
            },
            { title: t('cases.colStatus'), dataIndex: 'status', width: 180, render: (s: CaseStatus) => t(`cases.statuses.${s}`) },
            { title: t('cases.colAccepted'), dataIndex: 'acceptedOn', width: 110, render: formatDate },
            { title: t('cases.colDue'), key: 'due', width: 130, render: (_, c) => <CaseDue c={c} today={today} /> },
          ]}
        />
      )}
    </Card>
  );
}
