import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import type { Unit } from '../../api';
import { t } from '../../locales';
import { CalendarSettings } from './CalendarSettings';
import { SettingsPage } from './SettingsPage';

/** Cài đặt: the unit's settings and the working calendar, as tabs with their own URLs. */
export function SettingsArea({ today, onUnitSaved }: { today: string; onUnitSaved: (u: Unit) => void }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const active = pathname.startsWith('/cai-dat/lich-lam-viec') ? 'calendar' : 'unit';
  return (
    <Tabs
      activeKey={active}
      onChange={(k) => navigate(k === 'calendar' ? '/cai-dat/lich-lam-viec' : '/cai-dat')}
      destroyOnHidden
      items={[
        { key: 'unit', label: t('nav.settingsUnit'), children: <SettingsPage onSaved={onUnitSaved} /> },
        { key: 'calendar', label: t('nav.settingsCalendar'), children: <CalendarSettings today={today} /> },
      ]}
    />
  );
}
