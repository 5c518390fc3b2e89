import { Button, Card, Typography } from 'antd';
import type { Account } from '../../../../shared/contract/accounts';
import { SignInForm } from './SignInScreen';

/**
 * Covers the page after idle time or an ended session. The page below stays mounted, so a half-filled form keeps
 * its input; the same account's password opens it again. 切换账号 signs out (and drops the page).
 */
export function LockOverlay({
  account,
  onUnlocked,
  onSwitch,
}: {
  account: Account;
  onUnlocked: () => void;
  onSwitch: () => void;
}) {
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-label="台账已锁定"
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: 2000,
        background: 'rgba(0, 21, 41, 0.85)',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
      }}
    >
      <Card style={{ width: 380 }}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          台账已锁定
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {account.displayName}（{account.username}），请输入密码继续。未保存的内容仍在。
        </Typography.Paragraph>
        <SignInForm username={account.username} submitLabel="解锁" onSignedIn={onUnlocked} />
        <Button type="link" style={{ marginTop: 8, paddingInline: 0 }} onClick={onSwitch}>
          切换账号（未保存的内容会丢失）
        </Button>
      </Card>
    </div>
  );
}
