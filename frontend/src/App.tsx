import { useCallback, useEffect, useState } from 'react';
import { Button, Card, Result, Spin, Typography } from 'antd';
import { Route, Routes } from 'react-router-dom';
import {
  authState,
  getUnit,
  setUnauthorizedHandler,
  systemInfo,
  type ApiError,
  type AuthState,
  type SystemInfo,
  type Unit,
} from './api';
import { t } from './locales';
import { AppShell } from './components/common/AppShell';
import { Placeholder } from './components/common/Placeholder';
import { Dashboard } from './components/dashboard/Dashboard';
import { ChangePasswordForm } from './components/auth/ChangePasswordForm';
import { LoginScreen } from './components/auth/LoginScreen';
import { SessionContext } from './components/auth/session';
import { useIdleLock } from './components/auth/useIdleLock';
import { FirstRun } from './components/settings/FirstRun';
import { SettingsArea } from './components/settings/SettingsArea';
import { ToolsArea } from './components/tools/ToolsArea';
import { ReceptionPage } from './components/reception/ReceptionPage';
import { ReportsPage } from './components/reports/ReportsPage';
import { PetitionsPage } from './components/petitions/PetitionsPage';
import { CasesPage } from './components/cases/CasesPage';

/**
 * The app: the first run (administrator, then the unit), the login or lock
 * screen, a forced password change, then the shell.
 */
export default function TiepDan() {
  const [auth, setAuth] = useState<AuthState>();
  const [info, setInfo] = useState<SystemInfo>();
  const [unit, setUnit] = useState<Unit>();
  const [error, setError] = useState<ApiError>();

  const load = useCallback(async () => {
    setError(undefined);
    try {
      const a = await authState();
      const i = await systemInfo();
      setUnit(a.user && !a.user.mustChangePassword && i.configured ? await getUnit() : undefined);
      setInfo(i);
      setAuth(a);
    } catch (e) {
      const err = e as ApiError;
      if (err.kind === 'unauthorized') void load();
      else setError(err);
    }
  }, []);

  useEffect(() => {
    void load();
    // Any call that finds the session locked or logged out brings the login back.
    setUnauthorizedHandler(() => void load());
    return () => setUnauthorizedHandler(undefined);
  }, [load]);

  const user = auth?.user ?? null;
  useIdleLock(auth?.idleMinutes ?? 15, !!user, load);

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
  if (!auth || !info) {
    return <Spin size="large" description={t('app.loading')} fullscreen />;
  }
  if (!auth.hasAccounts) {
    return <FirstRun step="admin" onAdmin={() => void load()} onUnit={setUnit} />;
  }
  if (!user) {
    return <LoginScreen lockedUser={auth.lockedUser} onLoggedIn={() => void load()} />;
  }
  if (user.mustChangePassword) {
    return (
      <div className="first-run">
        <Card style={{ maxWidth: 480, margin: '64px auto' }}>
          <Typography.Title level={3}>{t('auth.mustChangeTitle')}</Typography.Title>
          <Typography.Paragraph>{t('auth.mustChangeIntro')}</Typography.Paragraph>
          <ChangePasswordForm onDone={() => void load()} />
        </Card>
      </div>
    );
  }
  if (!info.configured) {
    if (!user.permissions.includes('unit.edit')) {
      return <Result status="info" title={t('unit.notConfiguredTitle')} subTitle={t('unit.notConfiguredIntro')} />;
    }
    return (
      <SessionContext.Provider value={user}>
        <FirstRun
          step="unit"
          onAdmin={() => void load()}
          onUnit={(u) => {
            setUnit(u);
            setInfo({ ...info, configured: true });
          }}
        />
      </SessionContext.Provider>
    );
  }
  return (
    <SessionContext.Provider value={user}>
      <AppShell unitName={unit?.name} onSessionChange={() => void load()}>
        <Routes>
          <Route path="/" element={<Dashboard unit={unit} info={info} />} />
          <Route
            path="/tiep-cong-dan"
            element={user.permissions.includes('logbook.view') ? <ReceptionPage today={info.today} place={unit?.receptionPlace} /> : <Placeholder area="reception" />}
          />
          <Route
            path="/don-thu"
            element={user.permissions.includes('petitions.view') ? <PetitionsPage today={info.today} /> : <Placeholder area="petitions" />}
          />
          <Route
            path="/vu-viec"
            element={user.permissions.includes('petitions.view') ? <CasesPage today={info.today} /> : <Placeholder area="cases" />}
          />
          <Route path="/bao-cao" element={user.permissions.includes('reports.view') ? <ReportsPage /> : <Placeholder area="reports" />} />
          <Route path="/cong-cu/*" element={<ToolsArea today={info.today} />} />
          <Route path="/cai-dat/*" element={<SettingsArea today={info.today} onUnitSaved={setUnit} />} />
          <Route path="*" element={<Dashboard unit={unit} info={info} />} />
        </Routes>
      </AppShell>
    </SessionContext.Provider>
  );
}
