import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Collapse, DatePicker, Drawer, Select, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import {
  computeStatistics,
  drillStatistics,
  exportStatisticsPDF,
  exportStatisticsXLSX,
  statPeriods,
  type ApiError,
  type DrillRow,
  type PeriodOptions,
  type StatResult,
  type StatTableView,
} from '../../api';
import { t } from '../../locales';
import { formatDate } from '../../util/date';
import { choiceOf, formatValue, headerTree, periodKinds, periodOf, type HeaderNode } from './statTable';

/** The number a drill-down was opened on. */
interface Drill {
  table: StatTableView;
  column: string;
  rows?: DrillRow[];
}

type Row = { key: string } & Record<string, string | number | undefined>;

/** Báo cáo: the biểu of a period on screen, the records behind any number, Excel and PDF. */
export function ReportsPage() {
  const { message } = App.useApp();
  const [options, setOptions] = useState<PeriodOptions>();
  const [kind, setKind] = useState('Q1');
  const [year, setYear] = useState(0);
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [optional, setOptional] = useState(false);
  const [result, setResult] = useState<StatResult>();
  const [busy, setBusy] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<string>();
  const [drill, setDrill] = useState<Drill>();

  useEffect(() => {
    statPeriods().then(
      (o) => {
        setOptions(o);
        const current = o.choices.find((c) => c.period === o.default) ?? o.choices[0];
        setKind(current?.kind ?? 'Q1');
        setYear(current?.year ?? o.years[0]);
      },
      (e: ApiError) => setError(e.message),
    );
  }, []);

  // The period in the command-line syntax, or "" while a range is incomplete.
  const period =
    kind === 'range' ? (range ? `${range[0].format('YYYY-MM-DD')}..${range[1].format('YYYY-MM-DD')}` : '') : year ? periodOf(kind, year) : '';

  const load = useCallback(() => {
    if (!period) return;
    setBusy(true);
    computeStatistics(period).then(
      (r) => {
        setResult(r);
        setError(undefined);
        setBusy(false);
      },
      (e: ApiError) => {
        setError(e.message);
        setBusy(false);
      },
    );
  }, [period]);

  useEffect(load, [load]);

  const openDrill = (table: StatTableView, column: string) => {
    setDrill({ table, column });
    drillStatistics(period, table.code, column).then(
      (rows) => setDrill({ table, column, rows }),
      (e: ApiError) => {
        setDrill(undefined);
        setError(e.message);
      },
    );
  };

  const download = async (format: 'xlsx' | 'pdf') => {
    setExporting(true);
    const hide = message.loading(t('reports.exporting'), 0);
    try {
      const b64 = await (format === 'xlsx' ? exportStatisticsXLSX : exportStatisticsPDF)(period, optional);
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const type = format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([bytes], { type }));
      a.download = `bao-cao-thong-ke-${period}.${format}`;
      a.click();
      message.success(t('reports.exported'));
    } catch (e) {
      setError((e as ApiError).message);
    } finally {
      hide();
      setExporting(false);
    }
  };

  const years = options?.years ?? [];
  const mandatory = result?.tables.filter((x) => !x.optional) ?? [];
  const extra = result?.tables.filter((x) => x.optional) ?? [];
  const choice = options && kind !== 'range' ? choiceOf(options.choices, kind, year) : undefined;

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('reports.title')}
        </Typography.Title>
        <Space wrap>
          <Checkbox checked={optional} onChange={(e) => setOptional(e.target.checked)}>
            {t('reports.optional')}
          </Checkbox>
          <Button onClick={() => void download('xlsx')} loading={exporting} disabled={!period}>
            {t('reports.exportXlsx')}
          </Button>
          <Button onClick={() => void download('pdf')} loading={exporting} disabled={!period}>
            {t('reports.exportPdf')}
          </Button>
        </Space>
      </Space>
      <Typography.Paragraph type="secondary">{t('reports.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('reports.periodKind')}
          style={{ width: 150 }}
          value={kind}
          onChange={setKind}
          options={[
            ...periodKinds.map((k) => ({ value: k, label: options?.choices.find((c) => c.kind === k)?.name ?? k })),
            { value: 'range', label: t('reports.range') },
          ]}
        />
        {kind === 'range' ? (
          <DatePicker.RangePicker
            aria-label={t('reports.rangeLabel')}
            format="DD/MM/YYYY"
            value={range}
            onChange={(v) => setRange(v && v[0] && v[1] ? [v[0], v[1]] : null)}
          />
        ) : (
          <Select aria-label={t('reports.year')} style={{ width: 110 }} value={year || undefined} onChange={setYear} options={years.map((y) => ({ value: y, label: String(y) }))} />
        )}
        <Typography.Text strong>{choice?.label ?? result?.period.label}</Typography.Text>
      </Space>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {result && result.problems.length > 0 && (
        <Alert type="warning" showIcon title={t('reports.problems')} description={result.problems.join('; ')} style={{ marginBottom: 16 }} />
      )}
      <Spin spinning={busy} description={t('reports.computing')}>
        {result &&
          mandatory.map((table) => <StatTableCard key={table.code} table={table} result={result} onDrill={openDrill} />)}
        {result && extra.length > 0 && (
          <Collapse
            items={[
              {
                key: 'optional',
                label: t('reports.optionalTables'),
                children: extra.map((table) => <StatTableCard key={table.code} table={table} result={result} onDrill={openDrill} />),
              },
            ]}
          />
        )}
      </Spin>
      <DrillDrawer drill={drill} result={result} onClose={() => setDrill(undefined)} />
    </Card>
  );
}

/** One biểu: its grouped header, the numbered row and the unit's numbers, each one clickable. */
function StatTableCard({ table, result, onDrill }: { table: StatTableView; result: StatResult; onDrill: (t: StatTableView, column: string) => void }) {
  const values = result.forms[table.code] ?? {};
  const defs = result.definitions[table.code] ?? {};
  const toColumn = (node: HeaderNode): ColumnsType<Row>[number] => {
    const c = node.column;
    if (!c) {
      return { title: node.label, align: 'center', children: node.children.map(toColumn) };
    }
    return {
      key: c.number,
      dataIndex: c.number,
      align: 'center',
      width: 92,
      title: (
        <Tooltip title={defs[c.number] ? `${t('reports.definition')}: ${defs[c.number]}` : undefined}>
          <span className="stat-leaf">{c.label}</span>
        </Tooltip>
      ),
      render: (v: string | number | undefined, row: Row) => {
        if (row.key === 'ms' || c.kind === 'text') return <i>{row.key === 'ms' ? c.formula : ''}</i>;
        return (
          <Button type="link" size="small" aria-label={`${table.code} cột ${c.number}`} onClick={() => onDrill(table, c.number)}>
            {formatValue(c.kind, v as number | undefined)}
          </Button>
        );
      },
    };
  };
  const columns: ColumnsType<Row> = [
    { title: t('reports.unitColumn'), dataIndex: 'unit', key: 'unit', fixed: 'left', width: 180 },
    ...headerTree(table.columns).map(toColumn),
  ];
  const rows: Row[] = [
    { key: 'ms', unit: t('reports.numberRow') },
    { key: 'unit', unit: result.unit || t('reports.noUnit'), ...values },
  ];
  return (
    <section aria-label={t('reports.table', { code: table.code })} style={{ marginBottom: 24 }}>
      <Space align="baseline" wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('reports.table', { code: table.code })} — {table.title}
        </Typography.Title>
        <Tooltip title={[t('reports.source', { source: table.source }), table.note].filter(Boolean).join(' ')}>
          <Tag color={table.status === 'UNCONFIRMED' ? 'orange' : 'blue'}>{table.status}</Tag>
        </Tooltip>
      </Space>
      <Table<Row> size="small" bordered pagination={false} columns={columns} dataSource={rows} scroll={{ x: 'max-content' }} />
    </section>
  );
}

/** The records behind a number. */
function DrillDrawer({ drill, result, onClose }: { drill?: Drill; result?: StatResult; onClose: () => void }) {
  const column = drill?.table.columns.find((c) => c.number === drill.column);
  const rows = drill?.rows;
  const total = rows?.reduce((s, r) => s + r.value, 0) ?? 0;
  const counts = rows?.every((r) => r.value === 1) ?? true;
  const isTotal = rows?.some((r) => r.column !== drill?.column) ?? false;
  const columns: ColumnsType<DrillRow & { index: number }> = [
    { title: t('reports.colIndex'), dataIndex: 'index', width: 56 },
    ...(isTotal ? [{ title: t('reports.colColumn'), dataIndex: 'column', width: 56 }] : []),
    { title: t('reports.colKind'), dataIndex: 'kind', width: 90, render: (k: string) => t(`reports.kind.${k}`) },
    { title: t('reports.colNumber'), key: 'number', width: 90, render: (_: unknown, r) => (r.number ? `${r.number}/${r.year}` : '') },
    { title: t('reports.colDate'), dataIndex: 'date', width: 100, render: (d: string) => formatDate(d) },
    { title: t('reports.colName'), dataIndex: 'name', width: 180, render: (n: string) => n || <Typography.Text type="secondary">{t('reports.hidden')}</Typography.Text> },
    { title: t('reports.colSummary'), dataIndex: 'summary' },
    ...(counts ? [] : [{ title: t('reports.colValue'), dataIndex: 'value', width: 90, render: (v: number) => formatValue(column?.kind ?? '', v) }]),
  ];
  return (
    <Drawer
      open={!!drill}
      onClose={onClose}
      size={1000}
      title={drill ? `${t('reports.drillTitle', { code: drill.table.code, column: drill.column })}: ${column?.label ?? ''}` : ''}
    >
      {drill && (
        <>
          <Typography.Paragraph type="secondary">{result?.definitions[drill.table.code]?.[drill.column]}</Typography.Paragraph>
          <Spin spinning={!rows}>
            {rows && (
              <>
                <Typography.Paragraph strong>
                  {t('reports.drillTotal', { value: formatValue(column?.kind ?? '', total), n: rows.length })}
                </Typography.Paragraph>
                <Table
                  size="small"
                  rowKey={(r) => `${r.column}-${r.kind}-${r.id}-${r.index}`}
                  columns={columns}
                  dataSource={rows.map((r, i) => ({ ...r, index: i + 1 }))}
                  pagination={{ pageSize: 50, hideOnSinglePage: true }}
                  locale={{ emptyText: t('reports.drillEmpty') }}
                />
              </>
            )}
          </Spin>
        </>
      )}
    </Drawer>
  );
}

