import { Card, Typography } from 'antd';
import type { Unit } from '../../api';
import { t } from '../../locales';
import { UnitForm } from './UnitForm';

/** The first-run screen: the unit must be set up before anything else. */
export function FirstRun({ onDone }: { onDone: (unit: Unit) => void }) {
  return (
    <div className="first-run">
      <Card style={{ maxWidth: 760, margin: '32px auto' }}>
        <Typography.Title level={2}>{t('unit.firstRunTitle')}</Typography.Title>
        <Typography.Paragraph>{t('unit.firstRunIntro')}</Typography.Paragraph>
        <UnitForm firstRun onSaved={onDone} />
      </Card>
    </div>
  );
}
