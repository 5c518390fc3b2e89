import { Button, Modal, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import type { Account } from '../../../../shared/contract/accounts';
import { SignInForm } from './SignInScreen';

/** Above every drawer and modal of the page (antd's start at 1000); a question asked from the lock goes above it. */
export const LOCK_Z_INDEX = 2000;

// Opaque: nothing of the page (names, phones, amounts) shows through around the dialog.
const MASK = { background: '#001529' };
const stopHere = (e: KeyboardEvent) => e.stopPropagation();

/**
 * Covers the page after idle time or an ended session. The page below stays mounted, so a half-filled form (on the
 * page, in a drawer or in a modal) keeps its input; the same account's password opens it again. It is a modal of its
 * own so that it, not a drawer or modal open below it, holds the keyboard focus (an open drawer's focus trap would
 * otherwise pull the focus out of the password field). 切换账号 signs out (and drops the page, after asking when a
 * form holds unsaved input).
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
    <Modal
      open
      title="台账已锁定"
      width={380}
      centered
      closable={false}
      keyboard={false}
      mask={{ closable: false }}
      footer={null}
      zIndex={LOCK_Z_INDEX}
      styles={{ mask: MASK }}
    >
      {/* Keys typed here stay here: an open form's window-wide Ctrl+S must not try to save under the lock. */}
      <div onKeyDown={stopHere}>
        <Typography.Paragraph type="secondary">
          {account.displayName}（{account.username}），请输入密码继续。未保存的内容仍在。
        </Typography.Paragraph>
        <SignInForm username={account.username} submitLabel="解锁" onSignedIn={onUnlocked} />
        <Button type="link" style={{ marginTop: 8, paddingInline: 0 }} onClick={onSwitch}>
          切换账号（未保存的内容会丢失）
        </Button>
      </div>
    </Modal>
  );
}
