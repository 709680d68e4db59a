import { useState } from 'react';
import { Alert, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { listCases, type CaseFilter, type CaseKind, type CaseStatus, type CaseView } from '../../api';
import { t } from '../../locales';
import { formatDate } from '../../util/date';
import { usePagedList } from '../common/usePagedList';
import { CaseDetail } from './CaseDetail';
import { CaseDue } from './DueDate';

const statuses: CaseStatus[] = ['proposed', 'accepted', 'suspended', 'decided', 'withdrawn', 'rejected', 'closed'];
const kinds: CaseKind[] = ['complaint-first', 'complaint-second', 'denunciation', 'recommendation'];

const emptyFilter: CaseFilter = { status: '', kind: '', limit: 50, offset: 0 };

/**
 * Vụ việc: the cases within the Chairman's competence with their filters;
 * `?id=N` opens the case N.
 */
export function CasesPage({ today }: { today: string }) {
  const [params, setParams] = useSearchParams();
  const [filter, setFilter] = useState<CaseFilter>(emptyFilter);
  const openId = Number(params.get('id')) || undefined;

  const { rows, total, error, reload: load } = usePagedList(listCases, filter);

  const set = (patch: Partial<CaseFilter>) => setFilter({ ...filter, ...patch, offset: 0 });
  const open = (id?: number) => setParams(id ? { id: String(id) } : {});

  return (
    <Card>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('cases.title')}
      </Typography.Title>
      <Space wrap style={{ margin: '16px 0' }}>
        <Select
          aria-label={t('cases.filterStatus')}
          style={{ width: 260 }}
          value={filter.status}
          onChange={(status) => set({ status })}
          options={[{ value: '', label: `${t('cases.filterStatus')}: ${t('cases.all')}` }, ...statuses.map((s) => ({ value: s, label: t(`cases.statuses.${s}`) }))]}
        />
        <Select
          aria-label={t('cases.filterKind')}
          style={{ width: 240 }}
          value={filter.kind}
          onChange={(kind) => set({ kind })}
          options={[{ value: '', label: `${t('cases.filterKind')}: ${t('cases.all')}` }, ...kinds.map((k) => ({ value: k, label: t(`cases.kinds.${k}`) }))]}
        />
      </Space>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Table<CaseView>
        size="small"
        rowKey="id"
        dataSource={rows}
        aria-label={t('cases.title')}
        onRow={(c) => ({ onClick: () => open(c.id), style: { cursor: 'pointer' } })}
        pagination={{
          total,
          pageSize: filter.limit,
          current: filter.offset / filter.limit + 1,
          showTotal: (n) => t('cases.total', { n }),
          onChange: (page) => setFilter({ ...filter, offset: (page - 1) * filter.limit }),
        }}
        columns={[
          {
            title: t('cases.colPetition'),
            key: 'petition',
            width: 90,
            render: (_, c) => (
              <Typography.Link
                onClick={(e) => {
                  e.stopPropagation();
                  open(c.id);
                }}
              >
                {t('cases.petitionNumber', { n: c.petitionNumber, year: c.petitionYear })}
              </Typography.Link>
            ),
          },
          { title: t('cases.colKind'), dataIndex: 'kind', width: 150, render: (k: CaseKind) => t(`cases.kinds.${k}`) },
          {
            title: t('cases.colName'),
            key: 'name',
            render: (_, c) => (
              <Space size={4} wrap>
                <span>{c.name}</span>
                {c.isGroup && <Tag color="orange">{t('cases.group')}</Tag>}
              </Space>
            ),
          },
          { title: t('cases.colStatus'), dataIndex: 'status', width: 190, render: (s: CaseStatus) => <Tag>{t(`cases.statuses.${s}`)}</Tag> },
          { title: t('cases.colAccepted'), dataIndex: 'acceptedOn', width: 110, render: formatDate },
          { title: t('cases.colDue'), key: 'due', width: 150, render: (_, c) => <CaseDue c={c} today={today} /> },
        ]}
      />
      <CaseDetail id={openId} today={today} onClose={() => open()} onChanged={load} />
    </Card>
  );
}
