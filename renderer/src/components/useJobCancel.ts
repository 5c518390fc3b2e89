import { App } from 'antd';
import { useCallback } from 'react';
import { useApi } from '../api';

/**
 * 取消 of a running job: 'asking' while the core is asked, 'accepted' once it took the cancel (the job stops at its
 * next step and answers 已取消); null otherwise.
 */
export type CancelState = 'asking' | 'accepted' | null;

/** jobs.cancel answered false: the job had already ended (its own result follows), so nothing is being cancelled. */
const JOB_ALREADY_ENDED = '任务已结束，不能再取消。';

/**
 * Asks the core to cancel a job and reports the state through `set`: back to null, with a message saying why, when
 * the core refused or the job had already ended — so the window never says 正在取消… for a job that goes on.
 */
export function useJobCancel() {
  const api = useApi();
  const { message } = App.useApp();
  return useCallback(
    async (jobId: string | null | undefined, set: (state: CancelState) => void) => {
      if (!jobId) return;
      set('asking');
      const r = await api.cancelJob(jobId);
      if (r.ok && r.data.cancelled) {
        set('accepted');
        return;
      }
      set(null);
      if (r.ok) message.info(JOB_ALREADY_ENDED);
      else message.error(r.error.message);
    },
    [api, message],
  );
}
