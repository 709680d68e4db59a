import { useCallback, useState } from 'react';
import { Alert, Button, Card, DatePicker, Drawer, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { listPetitions, type PetitionFilter, type PetitionView } from '../../api';
import { t } from '../../locales';
import { formatDate } from '../../util/date';
import { useCan } from '../auth/session';
import { useAltKey, usePagedList } from '../common/usePagedList';
import { PetitionDetail } from './PetitionDetail';
import { PetitionForm } from './PetitionForm';
import { DeadlineTag, StatusTag } from './PetitionTags';
import { petitionKinds, petitionSources } from './petitionRules';

const emptyFilter: PetitionFilter = { from: '', to: '', kind: '', source: '', status: '', text: '', limit: 50, offset: 0 };
const statuses = ['pending', 'handled', 'overdue'] as const;

/** The form drawer: a new petition, or the one being corrected. */
type Editing = { petition?: PetitionView } | undefined;

/**
 * Đơn thư: the sổ tiếp nhận, xử lý đơn with its filters; Alt+N enters a new
 * petition, a row opens its particulars and handling (also from /don-thu?id=N).
 */
export function PetitionsPage({ today }: { today: string }) {
  const canRecord = useCan('petitions.record');
  const [filter, setFilter] = useState<PetitionFilter>(emptyFilter);
  const [editing, setEditing] = useState<Editing>();
  const [params, setParams] = useSearchParams();
  const [justSaved, setJustSaved] = useState<PetitionView>();
  const openId = Number(params.get('id') ?? 0);

  const { rows, total, error, reload: load } = usePagedList(listPetitions, filter);

  useAltKey('n', useCallback(() => setEditing({}), []), canRecord);

  const set = (patch: Partial<PetitionFilter>) => setFilter({ ...filter, ...patch, offset: 0 });
  const open = (id: number) => setParams(id ? { id: String(id) } : {});

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('petitions.title')}
        </Typography.Title>
        {canRecord && (
          <Button type="primary" onClick={() => setEditing({})} title={t('reception.addHint')}>
            {t('petitions.add')} ({t('reception.addHint')})
          </Button>
        )}
      </Space>
      <Space wrap style={{ margin: '16px 0' }}>
        <Input.Search
          aria-label={t('petitions.search')}
          placeholder={t('petitions.search')}
          allowClear
          style={{ width: 420 }}
          onChange={(e) => set({ text: e.target.value })}
        />
        <DatePicker.RangePicker
          aria-label={t('petitions.filterDates')}
          format="DD/MM/YYYY"
          placeholder={[t('reception.filterFrom'), t('reception.filterTo')]}
          onChange={(r) => set({ from: r?.[0]?.format('YYYY-MM-DD') ?? '', to: r?.[1]?.format('YYYY-MM-DD') ?? '' })}
        />
        <Select
          aria-label={t('petitions.filterKind')}
          style={{ width: 190 }}
          value={filter.kind}
          onChange={(kind) => set({ kind })}
          options={[{ value: '', label: `${t('petitions.filterKind')}: ${t('reception.all')}` }, ...petitionKinds.map((k) => ({ value: k, label: t(`reception.kinds.${k}`) }))]}
        />
        <Select
          aria-label={t('petitions.filterSource')}
          style={{ width: 250 }}
          value={filter.source}
          onChange={(source) => set({ source })}
          options={[{ value: '', label: `${t('petitions.filterSource')}: ${t('reception.all')}` }, ...petitionSources.map((s) => ({ value: s, label: t(`petitions.sources.${s}`) }))]}
        />
        <Select
          aria-label={t('petitions.filterStatus')}
          style={{ width: 200 }}
          value={filter.status}
          onChange={(status) => set({ status })}
          options={[{ value: '', label: `${t('petitions.filterStatus')}: ${t('reception.all')}` }, ...statuses.map((s) => ({ value: s, label: t(`petitions.statuses.${s}`) }))]}
        />
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
      <Table<PetitionView>
        size="small"
        rowKey="id"
        dataSource={rows}
        aria-label={t('petitions.title')}
        scroll={{ x: 1230 }}
        onRow={(p) => ({ onClick: () => open(p.id), style: { cursor: 'pointer' } })}
        pagination={{
          total,
          pageSize: filter.limit,
          current: filter.offset / filter.limit + 1,
          showTotal: (n) => t('petitions.total', { n }),
          onChange: (page) => setFilter({ ...filter, offset: (page - 1) * filter.limit }),
        }}
        columns={[
          {
            title: t('petitions.colNumber'),
            key: 'number',
            width: 80,
            render: (_, p) => (
              <a
                href={`#${p.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  e.stopPropagation();
                  open(p.id);
                }}
              >
                {p.number}/{p.year}
              </a>
            ),
          },
          { title: t('petitions.colReceived'), dataIndex: 'receivedOn', width: 95, render: formatDate },
          {
            title: t('petitions.colSource'),
            key: 'source',
            width: 160,
            render: (_, p) => (
              <Space orientation="vertical" size={0}>
                <span>{t(`petitions.sourcesShort.${p.source}`)}</span>
                {p.forwardingBody && <Typography.Text type="secondary">{p.forwardingBody}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: t('petitions.colPetitioner'),
            key: 'petitioner',
            width: 200,
            render: (_, p) => (
              <Space orientation="vertical" size={0}>
                {p.petitioners.map((c, i) => (
                  <span key={i}>
                    {c.masked ? <Tag color="purple">{c.name}</Tag> : c.name}
                    {!c.masked && c.address && <Typography.Text type="secondary"> — {c.address}</Typography.Text>}
                  </span>
                ))}
                {p.peopleCount > p.petitioners.length && <Typography.Text type="secondary">{t('petitions.peopleTotal', { n: p.peopleCount })}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: t('petitions.colKind'),
            key: 'kind',
            width: 130,
            render: (_, p) => (
              <Space orientation="vertical" size={0}>
                <span>{t(`reception.kinds.${p.kind}`)}</span>
                {p.field && <Typography.Text type="secondary">{t(`petitions.fields.${p.field}`)}</Typography.Text>}
              </Space>
            ),
          },
          { title: t('petitions.colDue'), key: 'due', width: 150, render: (_, p) => <DeadlineTag petition={p} today={today} /> },
          { title: t('petitions.colStatus'), key: 'status', width: 130, render: (_, p) => <StatusTag petition={p} today={today} /> },
          { title: t('petitions.colSummary'), dataIndex: 'summary', width: 280, ellipsis: true },
        ]}
      />
      <Drawer
        open={!!editing}
        size={1000}
        title={editing?.petition ? t('petitions.editTitle', { n: editing.petition.number, year: editing.petition.year }) : t('petitions.formTitle')}
        onClose={() => setEditing(undefined)}
        destroyOnHidden
      >
        <PetitionForm
          today={today}
          petition={editing?.petition}
          onSaved={(p) => {
            setEditing(undefined);
            setJustSaved(p);
            open(p.id);
            load();
          }}
        />
      </Drawer>
      <Drawer
        open={openId > 0 && !editing}
        size={960}
        title={t('petitions.detailDrawer')}
        onClose={() => open(0)}
        destroyOnHidden
      >
        {openId > 0 && (
          <PetitionDetail
            key={openId}
            id={openId}
            today={today}
            initial={justSaved}
            onChanged={load}
            onEdit={(p) => setEditing({ petition: p })}
          />
        )}
      </Drawer>
    </Card>
  );
}
