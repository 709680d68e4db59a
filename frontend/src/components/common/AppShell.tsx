import { useEffect, useState, type ReactNode } from 'react';
import { Button, Dropdown, Layout, Menu, Modal, Space, Typography } from 'antd';
import {
  AuditOutlined,
  BarChartOutlined,
  CalculatorOutlined,
  DashboardOutlined,
  FileTextOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { lock, logout } from '../../api';
import { ChangePasswordForm } from '../auth/ChangePasswordForm';
import { useUser } from '../auth/session';
import { useLocation, useNavigate } from 'react-router-dom';
import { t } from '../../locales';

/** The areas of the app, in menu order; Alt+1 … Alt+7 jump to them. */
export const areas = [
  { key: 'dashboard', path: '/', icon: <DashboardOutlined /> },
  { key: 'reception', path: '/tiep-cong-dan', icon: <TeamOutlined /> },
  { key: 'petitions', path: '/don-thu', icon: <FileTextOutlined /> },
  { key: 'cases', path: '/vu-viec', icon: <AuditOutlined /> },
  { key: 'reports', path: '/bao-cao', icon: <BarChartOutlined /> },
  { key: 'tools', path: '/cong-cu/tinh-thoi-han', icon: <CalculatorOutlined /> },
  { key: 'settings', path: '/cai-dat', icon: <SettingOutlined /> },
];

/** The area a path belongs to: '/cai-dat/lich-lam-viec' is in Cài đặt. */
export function areaOf(pathname: string) {
  const first = pathname.split('/')[1] ?? '';
  return areas.find((a) => a.path !== '/' && a.path.split('/')[1] === first) ?? areas[0];
}

/** The window's frame: the unit's name, the person, the navigation and the page. */
export function AppShell({
  unitName,
  onSessionChange,
  children,
}: {
  unitName?: string;
  onSessionChange: () => void;
  children: ReactNode;
}) {
  const navigate = useNavigate();
  const user = useUser();
  const [changing, setChanging] = useState(false);
  const { pathname } = useLocation();
  const current = areaOf(pathname);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const n = Number(e.key);
      if (n >= 1 && n <= areas.length) {
        e.preventDefault();
        navigate(areas[n - 1].path);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={220} theme="light" className="app-sider">
        <div className="app-brand">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
        </div>
        <nav aria-label="Điều hướng">
          <Menu
            mode="inline"
            selectedKeys={[current.key]}
            items={areas.map((a, i) => ({
              key: a.key,
              icon: a.icon,
              label: t(`nav.${a.key}`),
              title: `${t(`nav.${a.key}`)} (Alt+${i + 1})`,
            }))}
            onClick={({ key }) => navigate(areas.find((a) => a.key === key)!.path)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Typography.Text strong>{unitName}</Typography.Text>
          {user && (
            <Dropdown
              menu={{
                items: [
                  { key: 'password', label: t('auth.changePassword') },
                  { key: 'lock', label: t('auth.lock') },
                  { type: 'divider' },
                  { key: 'logout', label: t('auth.logout'), danger: true },
                ],
                onClick: ({ key }) => {
                  if (key === 'password') setChanging(true);
                  if (key === 'lock') void lock().finally(onSessionChange);
                  if (key === 'logout') void logout().finally(onSessionChange);
                },
              }}
            >
              <Button type="text" aria-label={`${user.fullName} (${user.roleLabel})`}>
                <Space>
                  <UserOutlined />
                  {user.fullName}
                  <Typography.Text type="secondary">{user.roleLabel}</Typography.Text>
                </Space>
              </Button>
            </Dropdown>
          )}
        </Layout.Header>
        <Modal open={changing} title={t('auth.changePassword')} footer={null} onCancel={() => setChanging(false)} destroyOnHidden>
          <ChangePasswordForm onDone={() => setChanging(false)} />
        </Modal>
        <Layout.Content className="app-content">
          <main>{children}</main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
