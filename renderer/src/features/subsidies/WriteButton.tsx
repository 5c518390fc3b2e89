import { Button } from 'antd';
import type { ReactNode } from 'react';
import type { Result } from '../../../../shared/contract';
import { useWriteMessage } from '../../components/useConfirmWrite';

/**
 * A button of the subsidy pages that runs one write (生成考勤, 生成花名册 …) and says how it went: `done` when it
 * succeeded, the core's Chinese message when refused; it spins while the write runs.
 */
export function WriteButton<D>({
  run,
  pending,
  done,
  primary,
  disabledReason,
  children,
}: {
  run: () => Promise<Result<D>>;
  pending: boolean;
  /** The message once the write succeeded, or made from its answer. */
  done: string | ((data: D) => string);
  primary?: boolean;
  /** Why the write cannot run now (e.g. its month has not begun): the button is disabled and says so on hover. */
  disabledReason?: string;
  children: ReactNode;
}) {
  const tell = useWriteMessage();
  const click = async () => tell(await run(), done);
  return (
    <Button
      type={primary ? 'primary' : undefined}
      loading={pending}
      disabled={!!disabledReason}
      title={disabledReason}
      onClick={() => void click()}
    >
      {children}
    </Button>
  );
}
