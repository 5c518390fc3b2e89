// What the township-scope write tests do as the 乡镇经办 of A (township-scope-scene.ts): the refusals they expect, a
// table of writes refused with nothing written, jobs run as a session, and the text of a report a session exports.
import { expect } from 'vitest';
import type { Channel } from '../../shared/contract';
import type { JobStatus } from '../../shared/contract/system';
import { snapshot } from './harness';
import { waitJobAs, workbookText, type ScopedPerson, type ScopeScene } from './township-scope-scene';

export const PERSON_REFUSED = '该人员不属于您负责的乡镇（乌帕尔镇），不能修改。';
export const PLACE_REFUSED = '该地点不属于您负责的乡镇（乌帕尔镇），不能修改。';
export const FILTER_REFUSED = '您只能查看和办理自己负责的乡镇（乌帕尔镇）的数据，不能选择“塔什米里克乡”。';
export const COUNTY_REFUSED = '这是全县范围的操作，乡镇经办（乌帕尔镇）不能执行：请由县级经办或审核员办理。';

/** A write, its input and the FORBIDDEN message A's clerk gets for it. */
export type Refusal = [Channel, unknown, string];

/** A parse-valid persons.update input (the township check runs before the handler reads expectedUpdatedAt). */
export const personUpdate = (p: ScopedPerson, residenceRegionId: string) => ({
  id: p.id,
  expectedUpdatedAt: '2026-11-28T00:00:00.000Z',
  idNumber: p.idNumber,
  name: p.name,
  ethnicity: '05',
  education: '70',
  phone: p.phone,
  residenceRegionId,
  employmentStatus: '10',
});

export const asClerk = (s: ScopeScene, channel: Channel, input: unknown) => s.core.invoke(channel, input, s.clerkA);

/** Calls each write as A's clerk: each is refused FORBIDDEN with its message, and nothing at all is written. */
export async function expectClerkRefusals(s: ScopeScene, cases: Refusal[]): Promise<void> {
  const before = snapshot(s.core);
  for (const [channel, input, message] of cases) {
    const r = await asClerk(s, channel, input);
    expect(r, channel).toEqual({ ok: false, error: { code: 'FORBIDDEN', message } });
  }
  expect(snapshot(s.core)).toBe(before);
}

/** Starts a job as `session` and waits for its status. */
export async function jobAs(s: ScopeScene, session: string, channel: Channel, input: unknown): Promise<JobStatus> {
  const r = await s.core.invoke(channel, input, session);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return waitJobAs(s, session, (r.data as { jobId: string }).jobId);
}

/** Every cell of a report the session exports (a refused export: the job result's JSON), joined. */
export async function exportText(s: ScopeScene, session: string, input: Record<string, unknown>): Promise<string> {
  const st = await jobAs(s, session, 'reports.export', { full: false, ...input });
  if (!st.result?.ok) return JSON.stringify(st.result);
  return workbookText(s, session, (st.result.data as { fileId: string }).fileId);
}
