import { useEffect, useState } from 'react';
import { Alert, App, Card, Skeleton, Typography } from 'antd';
import { ApiError, getUnit, type Unit } from '../../api';
import { t } from '../../locales';
import { UnitForm } from './UnitForm';

/** Cài đặt: the unit's settings, edited in place. */
export function SettingsPage({ onSaved, canEdit = true }: { onSaved: (unit: Unit) => void; canEdit?: boolean }) {
  const { message } = App.useApp();
  const [unit, setUnit] = useState<Unit>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    getUnit().then(setUnit, (e: ApiError) => setError(e.message));
  }, []);

  return (
    <Card style={{ maxWidth: 760 }}>
      <Typography.Title level={3}>{t('unit.settingsTitle')}</Typography.Title>
      {error && <Alert type="error" title={error} showIcon />}
      {!unit && !error && <Skeleton active />}
      {!canEdit && <Alert type="info" showIcon title={t('unit.readOnly')} style={{ marginBottom: 16 }} />}
      {unit && (
        <UnitForm
          readOnly={!canEdit}
          initial={unit}
          onSaved={(u) => {
            message.success(t('unit.saved'));
            onSaved(u);
          }}
        />
      )}
    </Card>
  );
}
