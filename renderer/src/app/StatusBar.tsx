import { Layout, Typography } from 'antd';
import { useSession } from '../components/session';

const STATUS_BAR_HEIGHT = 28;

/** Bottom line: the office, the signed-in account and the working date ("today" comes from the core's clock). */
export function StatusBar() {
  const { settings, info, account } = useSession();
  return (
    <Layout.Footer
      role="status"
      aria-label="状态栏"
      style={{
        height: STATUS_BAR_HEIGHT,
        lineHeight: `${STATUS_BAR_HEIGHT}px`,
        padding: '0 16px',
        fontSize: 12,
        display: 'flex',
        gap: 32,
        flex: 'none',
        borderTop: '1px solid rgba(5, 5, 5, 0.06)',
        whiteSpace: 'nowrap',
        overflow: 'hidden',
      }}
    >
      <span>单位：{settings.office?.name ?? '未设置'}</span>
      <span>操作员：{account.displayName}</span>
      <span>今天：{info.today}</span>
      <Typography.Text type="secondary" style={{ marginInlineStart: 'auto', fontSize: 12 }}>
        版本 {info.appVersion}
      </Typography.Text>
    </Layout.Footer>
  );
}
