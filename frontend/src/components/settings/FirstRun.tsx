import { Card, Steps, Typography } from 'antd';
import type { Unit } from '../../api';
import { t } from '../../locales';
import { AdminSetupForm } from '../auth/AdminSetupForm';
import { UnitForm } from './UnitForm';

/**
 * The first run: the administrator's account, then the unit's settings;
 * nothing else can be used before both are saved.
 */
export function FirstRun({ step, onAdmin, onUnit }: { step: 'admin' | 'unit'; onAdmin: () => void; onUnit: (unit: Unit) => void }) {
  return (
    <div className="first-run">
      <Card style={{ maxWidth: 760, margin: '32px auto' }}>
        <Typography.Title level={2}>{step === 'admin' ? t('auth.adminTitle') : t('unit.firstRunTitle')}</Typography.Title>
        <Steps
          size="small"
          current={step === 'admin' ? 0 : 1}
          items={[{ title: t('auth.adminStep') }, { title: t('unit.firstRunTitle') }]}
          style={{ marginBottom: 24 }}
        />
        <Typography.Paragraph>{step === 'admin' ? t('auth.adminIntro') : t('unit.firstRunIntro')}</Typography.Paragraph>
        {step === 'admin' ? <AdminSetupForm onDone={onAdmin} /> : <UnitForm firstRun onSaved={onUnit} />}
      </Card>
    </div>
  );
}
