import { Card, Descriptions, Typography } from 'antd';
import type { SystemInfo, Unit } from '../../api';
import { t } from '../../locales';
import { formatDate } from '../../util/date';

/** Tổng quan: the unit at a glance; the day's work comes with later issues. */
export function Dashboard({ unit, info }: { unit?: Unit; info: SystemInfo }) {
  return (
    <>
      <Card>
        <Typography.Title level={3}>{unit?.name}</Typography.Title>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('dashboard.today')}>{formatDate(info.today)}</Descriptions.Item>
          <Descriptions.Item label={t('dashboard.chairman')}>
            {unit && `${unit.chairmanTitle} ${unit.chairmanName}`}
          </Descriptions.Item>
          <Descriptions.Item label={t('dashboard.periodic')}>
            {unit?.periodicDays.map((d) => t(`weekday.${d}`)).join(', ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('dashboard.place')}>{unit?.receptionPlace}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
        {t('placeholder.dashboard')}
      </Typography.Paragraph>
    </>
  );
}
