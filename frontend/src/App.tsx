import { useCallback, useEffect, useState } from 'react';
import { Button, Result, Spin } from 'antd';
import { Route, Routes } from 'react-router-dom';
import { ApiError, getUnit, systemInfo, type SystemInfo, type Unit } from './api';
import { t } from './locales';
import { AppShell } from './components/common/AppShell';
import { Placeholder } from './components/common/Placeholder';
import { Dashboard } from './components/dashboard/Dashboard';
import { FirstRun } from './components/settings/FirstRun';
import { SettingsArea } from './components/settings/SettingsArea';
import { DeadlineCalculator } from './components/tools/DeadlineCalculator';

/** The app: the first-run setup until the unit is saved, then the shell. */
export default function TiepDan() {
  const [info, setInfo] = useState<SystemInfo>();
  const [unit, setUnit] = useState<Unit>();
  const [error, setError] = useState<ApiError>();

  const load = useCallback(async () => {
    setError(undefined);
    try {
      const i = await systemInfo();
      if (i.configured) setUnit(await getUnit());
      setInfo(i);
    } catch (e) {
      setError(e as ApiError);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  if (error) {
    return (
      <Result
        status="error"
        title={t('app.unavailableTitle')}
        subTitle={error.message}
        extra={<Button onClick={() => void load()}>{t('app.retry')}</Button>}
      />
    );
  }
  if (!info) {
    return <Spin size="large" description={t('app.loading')} fullscreen />;
  }
  if (!info.configured) {
    return (
      <FirstRun
        onDone={(u) => {
          setUnit(u);
          setInfo({ ...info, configured: true });
        }}
      />
    );
  }
  return (
    <AppShell unitName={unit?.name}>
      <Routes>
        <Route path="/" element={<Dashboard unit={unit} info={info} />} />
        <Route path="/tiep-cong-dan" element={<Placeholder area="reception" />} />
        <Route path="/don-thu" element={<Placeholder area="petitions" />} />
        <Route path="/vu-viec" element={<Placeholder area="cases" />} />
        <Route path="/bao-cao" element={<Placeholder area="reports" />} />
        <Route path="/cong-cu/tinh-thoi-han" element={<DeadlineCalculator today={info.today} />} />
        <Route path="/cai-dat/*" element={<SettingsArea today={info.today} onUnitSaved={setUnit} />} />
        <Route path="*" element={<Dashboard unit={unit} info={info} />} />
      </Routes>
    </AppShell>
  );
}
