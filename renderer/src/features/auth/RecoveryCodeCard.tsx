import { Alert, Button, Checkbox, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Account } from '../../../../shared/contract/accounts';
import { AuthFrame } from './AuthFrame';

/**
 * The screen after a form whose answer carries a new recovery code (auth.setup, auth.recover): `show` takes the
 * answer; from then on `card` is the screen with the code under `title`, and 进入台账 signs the account in.
 */
export function useRecoveryCodeStep(title: string, onSignedIn: (account: Account) => void) {
  const [done, setDone] = useState<{ account: Account; recoveryCode: string } | null>(null);
  const card = done && (
    <AuthFrame title={title} width={520}>
      <RecoveryCodeCard code={done.recoveryCode} onDone={() => onSignedIn(done.account)} />
    </AuthFrame>
  );
  return { show: setDone, card };
}

/**
 * Shows the administrator's recovery code once (first start, after a recovery): copy and print buttons and a
 * confirmation checkbox before going on. The code is not kept anywhere in the page after this.
 */
export function RecoveryCodeCard({ code, onDone }: { code: string; onDone: () => void }) {
  const [kept, setKept] = useState(false);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <>
      <Alert
        type="warning"
        showIcon
        title="请抄写或打印恢复码，交单位妥善保管"
        description="忘记管理员密码时，只能用恢复码重设。恢复码只显示这一次，用过一次后作废并生成新码。"
        style={{ marginBottom: 16 }}
      />
      <Typography.Paragraph
        aria-label="恢复码"
        style={{ fontSize: 22, fontFamily: 'monospace', textAlign: 'center', letterSpacing: 1 }}
      >
        {code}
      </Typography.Paragraph>
      <Space style={{ marginBottom: 16 }}>
        <Button onClick={() => void copy()}>{copied ? '已复制' : '复制'}</Button>
        <Button onClick={() => window.print()}>打印</Button>
      </Space>
      <div style={{ marginBottom: 16 }}>
        <Checkbox checked={kept} onChange={(e) => setKept(e.target.checked)}>
          我已抄写或打印恢复码并妥善保管
        </Checkbox>
      </div>
      <Button type="primary" block disabled={!kept} onClick={onDone}>
        进入台账
      </Button>
    </>
  );
}
