import { App } from 'antd';
import type { ReactNode } from 'react';
import type { Result } from '../../../shared/contract/result';

/**
 * How a write went, as a message: `done` when it succeeded (or made from the write's answer), the core's Chinese
 * message when it was refused. The function returns whether it succeeded.
 */
export function useWriteMessage() {
  const { message } = App.useApp();
  return <D>(r: Result<D>, done: string | ((data: D) => string)): boolean => {
    if (r.ok) message.success(typeof done === 'string' ? done : done(r.data));
    else message.error(r.error.message);
    return r.ok;
  };
}

export interface ConfirmedWrite<D = unknown> {
  title: ReactNode;
  /** What happens, in plain words (删除后可在“已删除”中恢复 …). */
  content?: ReactNode;
  /** The button that goes ahead: 删除, 移除, 恢复, 停用 … */
  okText: string;
  /** The button is red: the write removes something. */
  danger?: boolean;
  write: () => Promise<Result<D>>;
  /** The message once the write succeeded. */
  done: string;
  /** Once the write succeeded, with the core's answer (after the message, before `after`). */
  saved?: (data: D) => void;
  /** After the write, whether it succeeded or not (e.g. read the page again). */
  after?: (ok: boolean) => void;
}

/**
 * A confirmation (取消 / `okText`) that runs one write when the clerk goes ahead, the OK button spinning meanwhile,
 * and then says how it went (useWriteMessage).
 */
export function useConfirmWrite() {
  const { modal } = App.useApp();
  const tell = useWriteMessage();
  return <D>({ title, content, okText, danger, write, done, saved, after }: ConfirmedWrite<D>) =>
    modal.confirm({
      title,
      content,
      okText,
      okButtonProps: danger ? { danger: true } : undefined,
      cancelText: '取消',
      onOk: async () => {
        const r = await write();
        const ok = tell(r, done);
        if (r.ok) saved?.(r.data);
        after?.(ok);
      },
    });
}
