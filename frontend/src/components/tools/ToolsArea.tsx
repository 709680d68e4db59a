import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { t } from '../../locales';
import { FormsAbout } from '../petitions/FormsAbout';
import { DeadlineCalculator } from './DeadlineCalculator';

/** The tabs of Công cụ and their URLs. */
const tabPaths = { deadline: '/cong-cu/tinh-thoi-han', forms: '/cong-cu/bieu-mau' } as const;

type TabKey = keyof typeof tabPaths;

/** Công cụ: the deadline calculator and the catalogue of printed forms, as tabs with their own URLs. */
export function ToolsArea({ today }: { today: string }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const active: TabKey = pathname.startsWith(tabPaths.forms) ? 'forms' : 'deadline';
  return (
    <Tabs
      activeKey={active}
      onChange={(k) => navigate(tabPaths[k as TabKey])}
      destroyOnHidden
      items={[
        { key: 'deadline', label: t('nav.deadline'), children: <DeadlineCalculator today={today} /> },
        { key: 'forms', label: t('petitions.formsTab'), children: <FormsAbout /> },
      ]}
    />
  );
}
