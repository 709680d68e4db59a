import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Row, Space, Statistic, Typography } from 'antd';
import { dashboardSummary, dailySummaryPDF, type ApiError, type DashboardView, type SystemInfo, type Unit } from '../../api';
import { t } from '../../locales';
import { formatDate } from '../../util/date';
import { useCan } from '../auth/session';
import { PdfModal } from '../common/PdfModal';
import { DueBoardCard } from './DueBoardCard';
import { IntakeCard } from './IntakeCard';
import { PoliceCasesCard } from './PoliceCasesCard';

/**
 * Tổng quan: the unit, what is overdue or due soon, today's and the quarter's
 * reception, the weeks without the Chairman's periodic reception, the
 * quarter's intake, and for the police liaison the group and complex cases.
 */
export function Dashboard({ unit, info }: { unit?: Unit; info: SystemInfo }) {
  const [view, setView] = useState<DashboardView>();
  const canSeeLogbook = useCan('logbook.view');
  const canSeePetitions = useCan('petitions.view');
  const canRecordPetitions = useCan('petitions.record');
  const [summary, setSummary] = useState<string>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    dashboardSummary().then(setView, () => {});
  }, []);
  const printSummary = async () => {
    try {
      setSummary(await dailySummaryPDF(''));
    } catch (e) {
      setError((e as ApiError).message);
    }
  };
  return (
    <>
      <Card>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
          <Typography.Title level={3}>{unit?.name}</Typography.Title>
          {canRecordPetitions && (
            <Button type="primary" onClick={() => void printSummary()}>
              {t('dashboard.dailySummary')}
            </Button>
          )}
        </Space>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('dashboard.today')}>{formatDate(info.today)}</Descriptions.Item>
          <Descriptions.Item label={t('dashboard.chairman')}>{unit && `${unit.chairmanTitle} ${unit.chairmanName}`}</Descriptions.Item>
          <Descriptions.Item label={t('dashboard.periodic')}>{unit?.periodicDays.map((d) => t(`weekday.${d}`)).join(', ')}</Descriptions.Item>
          <Descriptions.Item label={t('dashboard.place')}>{unit?.receptionPlace}</Descriptions.Item>
        </Descriptions>
      </Card>
      {canSeePetitions && canRecordPetitions && <DueBoardCard />}
      {canSeePetitions && !canRecordPetitions && <PoliceCasesCard today={info.today} />}
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
      {canSeePetitions && <IntakeCard period={view?.period} />}
      <PdfModal
        pdf={summary}
        title={t('dashboard.dailySummaryTitle', { date: formatDate(info.today) })}
        fileName={`bao-cao-ngay-${info.today}.pdf`}
        onClose={() => setSummary(undefined)}
      />
    </>
  );
}
