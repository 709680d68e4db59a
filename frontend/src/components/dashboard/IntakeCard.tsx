import { lazy, Suspense, useEffect, useState } from 'react';
import { Alert, Card, Col, Row, Spin, Typography } from 'antd';
import { intakeChart, type ApiError, type IntakeChart as Intake } from '../../api';
import { t } from '../../locales';
import { hasIntake } from './dashboardLogic';

// ECharts is the largest library of the app: it loads with the first chart.
const IntakeChart = lazy(() => import('./IntakeChart'));

/** This quarter's petitions and visits, by kind and by lĩnh vực. */
export function IntakeCard({ period }: { period?: string }) {
  const [chart, setChart] = useState<Intake>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    intakeChart().then(setChart, (e: ApiError) => setError(e.message));
  }, []);
  const empty = chart && !hasIntake(chart.byKind) && !hasIntake(chart.byField);
  return (
    <Card title={period ? `${t('dashboard.intakeTitle')} (${period})` : t('dashboard.intakeTitle')} style={{ marginTop: 16 }}>
      {error && <Alert type="error" showIcon title={error} />}
      {empty && <Typography.Text type="secondary">{t('dashboard.intakeEmpty')}</Typography.Text>}
      {chart && !empty && (
        <Suspense fallback={<Spin />}>
          <Row gutter={24}>
            <Col span={12}>
              <Typography.Title level={5}>{t('dashboard.intakeByKind')}</Typography.Title>
              <IntakeChart bars={chart.byKind} label={`${t('dashboard.intakeTitle')} — ${t('dashboard.intakeByKind')}`} />
            </Col>
            <Col span={12}>
              <Typography.Title level={5}>{t('dashboard.intakeByField')}</Typography.Title>
              <IntakeChart bars={chart.byField} label={`${t('dashboard.intakeTitle')} — ${t('dashboard.intakeByField')}`} />
            </Col>
          </Row>
        </Suspense>
      )}
    </Card>
  );
}
