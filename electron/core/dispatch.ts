import { fieldErrors } from '../../shared/contract/zod-errors';
import {
  contract,
  isChannel,
  AppError,
  BUSY_MESSAGE,
  INTERNAL_MESSAGE,
  type Channel,
  type Result,
  type AppErrorBody,
} from '../../shared/contract';
import type { ChannelDef } from '../../shared/contract/define';
import type { CoreContext, WriteResult } from './context';
import type { Commit, HandlerMap } from './handlers';
import { writeAudit } from './modules/audit/service';
import { admittedInputs, allHandlers } from './modules';
import type { JobControl } from './jobs/registry';
import { refuseByInput, refuseByRole } from './access';
import { callerId, contextFor, resolveCaller } from './modules/accounts/caller';
import { refuseByScope } from './scope/check';
import { inWriteTransaction, isBusy } from './db/write-lock';
import { runsInLane, type JobLane } from './jobs/lane';

function toErrorBody(err: unknown, ctx: CoreContext, where: string): AppErrorBody {
  if (err instanceof AppError) return err.toBody();
  if (isBusy(err)) return { code: 'BUSY', message: BUSY_MESSAGE };
  ctx.logError(err, where);
  return { code: 'INTERNAL', message: INTERNAL_MESSAGE };
}

/**
 * The single entry point of the core (ARCHITECTURE §1): resolve the caller from the session the transport
 * passed, check the channel's permission (shared/contract/permissions.ts) before anything else, validate the
 * input with the channel's schema, run the handler, wrap writes in one transaction with their audit row, and
 * return the Result envelope. `session` is the token of a signed-in session, or null (only public channels run).
 */
export async function dispatch(
  channel: string,
  rawInput: unknown,
  baseCtx: CoreContext,
  handlers: HandlerMap = allHandlers,
  session: string | null = null,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `未知的操作：${channel}` } };
  }
  const caller = resolveCaller(baseCtx, session);
  const refused = refuseByRole(caller, channel);
  if (refused) return { ok: false, error: refused };
  const ctx = contextFor(baseCtx, caller);
  const def = contract[channel] as ChannelDef;
  const parsed = def.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    return { ok: false, error: { code: 'BAD_INPUT', message: `输入有误：${Object.values(fields)[0]}`, fields } };
  }
  const refusedInput = refuseByInput(caller, channel, parsed.data);
  if (refusedInput) return { ok: false, error: refusedInput };
  const outside = refuseByScope(ctx, channel, parsed.data);
  if (outside) return { ok: false, error: outside };
  // What only this connection keeps, added to the input before the call runs or is handed over (modules/index.ts).
  const admit = admittedInputs[channel] as ((input: unknown, ctx: CoreContext) => unknown) | undefined;
  let input: unknown = parsed.data;
  try {
    if (admit) input = admit(input, ctx);
  } catch (err) {
    return { ok: false, error: toErrorBody(err, ctx, channel) };
  }
  if (baseCtx.lane && runsInLane(channel, def)) return handOver(channel, def, input, ctx, baseCtx.lane);
  return execute(channel, input, ctx, handlers);
}

/**
 * Runs an admitted call (permission, input and scope already checked, ctx made for the caller): a job starts and
 * answers its id, a write runs in one transaction with its audit row, a query answers. The job worker runs the
 * calls handed over to it through this same function (jobs/job-worker.ts), with `job` its own control.
 */
export async function execute(
  channel: Channel,
  input: unknown,
  ctx: CoreContext,
  handlers: HandlerMap = allHandlers,
  job?: JobControl,
): Promise<Result<unknown>> {
  const def = contract[channel] as ChannelDef;
  const handler = handlers[channel] as unknown as (...args: unknown[]) => unknown;
  try {
    if (def.job) {
      if (job) return await runJob(channel, def, input, handler, ctx, job);
      const jobId = ctx.jobs.start(channel, callerId(ctx), (control) =>
        runJob(channel, def, input, handler, ctx, control),
      );
      return { ok: true, data: { jobId } };
    }
    if (def.write) {
      const entity = def.write.entity;
      // The write lock is taken at BEGIN, so a busy database fails before any work, never mid-way.
      const data = await inWriteTransaction(ctx.db, () => {
        const res = handler(input, ctx) as WriteResult<unknown>;
        audit(ctx, channel, entity, res);
        return res.data;
      });
      return { ok: true, data };
    }
    return { ok: true, data: handler(input, ctx) };
  } catch (err) {
    return { ok: false, error: toErrorBody(err, ctx, channel) };
  }
}

/** Hands an admitted job or roster generation to the job worker; the job's status stays in this core's registry. */
function handOver(channel: Channel, def: ChannelDef, input: unknown, ctx: CoreContext, lane: JobLane) {
  const caller = { account: ctx.caller.account, session: ctx.caller.session };
  if (!def.job) return lane.runWrite(channel, input, caller);
  const jobId = ctx.jobs.start(channel, callerId(ctx), (job) => lane.runJob(channel, input, caller, job));
  return Promise.resolve<Result<unknown>>({ ok: true, data: { jobId } });
}

function audit(ctx: CoreContext, channel: Channel, entity: string, res: WriteResult<unknown>) {
  const rows = res.entries?.length ? res.entries : [res];
  for (const row of rows)
    writeAudit(ctx.db, {
      at: ctx.now(),
      operator: res.operator ?? ctx.operator(),
      accountId: ctx.caller.account?.id ?? null,
      channel,
      entity,
      entityId: row.entityId,
      summary: row.summary,
    });
}

async function runJob(
  channel: Channel,
  def: ChannelDef,
  input: unknown,
  handler: (...args: unknown[]) => unknown,
  ctx: CoreContext,
  job: JobControl,
): Promise<Result<unknown>> {
  const commit: Commit = (fn, begin = 'immediate') => {
    job.checkCancelled();
    const run = ctx.db.transaction(() => {
      const res = fn();
      if (def.write) audit(ctx, channel, def.write.entity, res);
      return res.data;
    });
    return begin === 'deferred' ? run.deferred() : run.immediate();
  };
  try {
    return { ok: true, data: await handler(input, ctx, job, commit) };
  } catch (err) {
    return { ok: false, error: toErrorBody(err, ctx, channel) };
  }
}
