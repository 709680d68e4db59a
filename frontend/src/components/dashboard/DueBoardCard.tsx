import { useEffect, useState } from 'react';
import { Alert, Card, Col, Row, Table, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { dueBoard, type ApiError, type DueBoard, type DueItem, type DueState } from '../../api';
import { t } from '../../locales';
import { formatDate } from '../../util/date';
import { dueItemLink, dueRows, dueStateColor, dueStates, type DueRow } from './dashboardLogic';

/** A count of the board: red or orange when there is something, plain zero otherwise. */
const Count = ({ n, state }: { n: number; state: DueState }) => (n > 0 ? <Tag color={dueStateColor(state)}>{n}</Tag> : <span>0</span>);

/**
 * Việc đến hạn: per group, how many items are overdue, due today and due
 * within 3 working days, and the items themselves, each a click away.
 */
export function DueBoardCard() {
  const [board, setBoard] = useState<DueBoard>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    dueBoard().then(setBoard, (e: ApiError) => setError(e.message));
  }, []);

  return (
    <Card title={t('dashboard.dueTitle')} style={{ marginTop: 16 }}>
      {error && <Alert type="error" showIcon title={error} />}
      {board && (
        <Row gutter={16}>
          <Col span={24} xl={11} role="region" aria-label={t('dashboard.dueGroup')}>
            <Table<DueRow>
              size="small"
              rowKey="group"
              pagination={false}
              dataSource={dueRows(board)}
              columns={[
                { title: t('dashboard.dueGroup'), dataIndex: 'label' },
                ...dueStates.map((s) => ({
                  title: t(`dashboard.dueStates.${s}`),
                  dataIndex: s,
                  align: 'center' as const,
                  width: 110,
                  render: (n: number) => <Count n={n} state={s} />,
                })),
              ]}
            />
          </Col>
          <Col span={24} xl={13} role="region" aria-label={t('dashboard.dueItems')}>
            {board.items.length === 0 ? (
              <Typography.Text type="secondary">{t('dashboard.dueNone')}</Typography.Text>
            ) : (
              <Table<DueItem>
                size="small"
                rowKey={(i) => `${i.group}-${i.id}-${i.due}`}
                pagination={board.items.length > 10 ? { pageSize: 10, size: 'small' } : false}
                dataSource={board.items}
                columns={[
                  {
                    title: t('cases.colDue'),
                    dataIndex: 'due',
                    width: 170,
                    render: (due: string, i) => (
                      <Tooltip title={i.citation}>
                        <Tag color={dueStateColor(i.state)}>{t(`dashboard.dueStates.${i.state}`)}</Tag>
                        {formatDate(due)}
                      </Tooltip>
                    ),
                  },
                  { title: t('dashboard.dueGroup'), dataIndex: 'group', width: 150, render: (g: string) => t(`dashboard.dueGroups.${g}`) },
                  { title: '', dataIndex: 'title', render: (title: string, i) => <Link to={dueItemLink(i)}>{title}</Link> },
                ]}
              />
            )}
          </Col>
        </Row>
      )}
    </Card>
  );
}
