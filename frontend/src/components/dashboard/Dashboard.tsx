import { useEffect, useState } from 'react';
import { Alert, Card, Col, Descriptions, Row, Statistic, Typography } from 'antd';
import { dashboardSummary, type DashboardView, type SystemInfo, type Unit } from '../../api';
import { t } from '../../locales';
import { formatDate } from '../../util/date';
import { useCan } from '../auth/session';

/** Tổng quan: the unit, today's and the quarter's reception, and the weeks without the Chairman's periodic reception. */
export function Dashboard({ unit, info }: { unit?: Unit; info: SystemInfo }) {
  const [view, setView] = useState<DashboardView>();
  const canSeeLogbook = useCan('logbook.view');
  useEffect(() => {
    dashboardSummary().then(setView, () => {});
  }, []);
  return (
    <>
      <Card>
        <Typography.Title level={3}>{unit?.name}</Typography.Title>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('dashboard.today')}>{formatDate(info.today)}</Descriptions.Item>
          <Descriptions.Item label={t('dashboard.chairman')}>{unit && `${unit.chairmanTitle} ${unit.chairmanName}`}</Descriptions.Item>
          <Descriptions.Item label={t('dashboard.periodic')}>{unit?.periodicDays.map((d) => t(`weekday.${d}`)).join(', ')}</Descriptions.Item>
          <Descriptions.Item label={t('dashboard.place')}>{unit?.receptionPlace}</Descriptions.Item>
        </Descriptions>
      </Card>
      {view && view.weeksWithoutPeriodic.length > 0 && (
        <Alert
          style={{ marginTop: 16 }}
          type="warning"
          showIcon
          title={t('dashboard.noPeriodicTitle')}
          description={
            <>
              {view.weeksWithoutPeriodic.map((w) => (
                <div key={w.from}>{t('dashboard.week', { from: formatDate(w.from), to: formatDate(w.to) })}</div>
              ))}
              <Typography.Text type="secondary">{view.citation}</Typography.Text>
            </>
          }
        />
      )}
      {view && view.weeksWithoutPeriodic.length === 0 && (
        <Alert style={{ marginTop: 16 }} type="success" showIcon title={t('dashboard.allWeeksOk')} />
      )}
      {view && canSeeLogbook && (
        <Row gutter={16} style={{ marginTop: 16 }}>
          <Col span={6}>
            <Card>
              <Statistic title={t('dashboard.visitsToday')} value={view.visitsToday} />
            </Card>
          </Col>
          <Col span={6}>
            <Card>
              <Statistic title={t('dashboard.groupsToday')} value={view.groupsToday} />
            </Card>
          </Col>
          <Col span={6}>
            <Card>
              <Statistic title={t('dashboard.periodVisits')} value={view.periodVisits} />
              <Typography.Text type="secondary">{view.period}</Typography.Text>
            </Card>
          </Col>
          <Col span={6}>
            <Card>
              <Statistic title={t('dashboard.periodGroups')} value={view.periodGroups} />
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
