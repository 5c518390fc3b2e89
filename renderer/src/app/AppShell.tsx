import { Layout, Typography } from 'antd';
import { AccountMenu } from './AccountMenu';
import { AppRoutes } from './AppRoutes';
import { useSession } from '../components/session';
import { SideNav } from './SideNav';
import { StatusBar } from './StatusBar';

const HEADER_HEIGHT = 48;

/** Header, left navigation, the page, and the status bar; sized to fit 1366×768 without page scroll. */
export function AppShell() {
  const { settings } = useSession();

  return (
    <Layout style={{ height: '100vh', overflow: 'hidden' }}>
      <Layout.Header
        style={{
          height: HEADER_HEIGHT,
          lineHeight: `${HEADER_HEIGHT}px`,
          paddingInline: 20,
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          flex: 'none',
        }}
      >
        <h1 style={{ margin: 0, fontSize: 18, fontWeight: 600, color: '#fff', whiteSpace: 'nowrap' }}>就业援助台账</h1>
        <Typography.Text ellipsis style={{ color: 'rgba(255, 255, 255, 0.85)', minWidth: 0 }}>
          {settings.office?.name ?? '单位信息未设置'}
        </Typography.Text>
        <AccountMenu />
      </Layout.Header>
      <Layout style={{ flex: 1, minHeight: 0 }}>
        <Layout.Sider
          width={240}
          theme="light"
          style={{ overflowY: 'auto', borderInlineEnd: '1px solid rgba(5, 5, 5, 0.06)' }}
        >
          <SideNav />
        </Layout.Sider>
        <Layout.Content style={{ overflow: 'auto', padding: 16, minWidth: 0 }}>
          <AppRoutes />
        </Layout.Content>
      </Layout>
      <StatusBar />
    </Layout>
  );
}
