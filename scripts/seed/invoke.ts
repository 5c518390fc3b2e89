import type { Core } from '../../electron/core/core';

/** Calls a channel as the signed-in account; a refusal stops the script with the channel and its message. */
export async function invokeOk(core: Core, channel: string, input: unknown): Promise<Record<string, unknown>> {
  const r = await core.invoke(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.data as Record<string, unknown>;
}
