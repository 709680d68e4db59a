import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import type { Permission, Unit } from '../../api';
import { t } from '../../locales';
import { useUser } from '../auth/session';
import { AccountsPage } from './AccountsPage';
import { AuditLog } from './AuditLog';
import { BackupSettings } from './BackupSettings';
import { CalendarSettings } from './CalendarSettings';
import { ReadingSettings } from './ReadingSettings';
import { RulesSettings } from './RulesSettings';
import { SettingsPage } from './SettingsPage';

/** The tabs of Cài đặt and their URLs; the first is /cai-dat itself. */
const tabPaths = {
  unit: '/cai-dat',
  calendar: '/cai-dat/lich-lam-viec',
  readings: '/cai-dat/cach-tinh-thoi-han',
  rules: '/cai-dat/noi-quy',
  accounts: '/cai-dat/tai-khoan',
  audit: '/cai-dat/nhat-ky',
  backups: '/cai-dat/sao-luu',
} as const;

type TabKey = keyof typeof tabPaths;

/** The permission a tab needs to be shown; the others are shown to everyone (read-only without the edit permission). */
const tabPermission: Partial<Record<TabKey, Permission>> = {
  readings: 'calendar.edit',
  accounts: 'accounts.manage',
  audit: 'audit.view',
  backups: 'backups.manage',
};

/** The tab a path shows: the tab whose URL starts it, or the unit's for /cai-dat and any unknown path. */
export function settingsTab(pathname: string): TabKey {
  const found = (Object.keys(tabPaths) as TabKey[]).find((k) => k !== 'unit' && pathname.startsWith(tabPaths[k]));
  return found ?? 'unit';
}

/** Cài đặt: the unit, the working calendar, the deadline readings, the nội quy, accounts, the audit trail and backups, as tabs with their own URLs. */
export function SettingsArea({ today, onUnitSaved }: { today: string; onUnitSaved: (u: Unit) => void }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const can = new Set(useUser()?.permissions ?? []);
  const items = [
    { key: 'unit', label: t('nav.settingsUnit'), children: <SettingsPage onSaved={onUnitSaved} canEdit={can.has('unit.edit')} /> },
    {
      key: 'calendar',
      label: t('nav.settingsCalendar'),
      children: <CalendarSettings today={today} canEdit={can.has('calendar.edit')} />,
    },
    { key: 'readings', label: t('nav.settingsReadings'), children: <ReadingSettings /> },
    { key: 'rules', label: t('nav.settingsRules'), children: <RulesSettings canEdit={can.has('unit.edit')} /> },
    { key: 'accounts', label: t('nav.settingsAccounts'), children: <AccountsPage /> },
    { key: 'audit', label: t('nav.settingsAudit'), children: <AuditLog /> },
    { key: 'backups', label: t('nav.settingsBackups'), children: <BackupSettings /> },
  ].filter((i) => {
    const p = tabPermission[i.key as TabKey];
    return !p || can.has(p);
  });
  const active = settingsTab(pathname);
  return (
    <Tabs
      activeKey={items.some((i) => i.key === active) ? active : 'unit'}
      onChange={(k) => navigate(tabPaths[k as TabKey])}
      destroyOnHidden
      items={items}
    />
  );
}
