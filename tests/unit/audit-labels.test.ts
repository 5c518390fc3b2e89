import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { auditActionLabel, auditEntityLabel } from '../../shared/contract/audit-labels';
import { ROOT, filesUnder, repoPath } from './repo-files';

// 操作记录 (the list, its filters and the Excel export) names every write in Chinese: no channel name, no English
// record type. The writes are the contract's write channels and the rows the core writes by hand (sign-in, first
// set-up, recovery, restore), found in the source so that a new one cannot be missed.

const LATIN = /[A-Za-z]/;

function writeChannels(): [string, string][] {
  return Object.entries(contract).flatMap(([channel, def]) => {
    const entity = (def as { write?: { entity: string } }).write?.entity;
    return entity ? [[channel, entity] as [string, string]] : [];
  });
}

/** Channels of the audit rows written outside dispatch: accounts' audit(ctx, …, 'auth.x', …) and writeAudit({ channel, entity }). */
function handAudited(): [string, string][] {
  const out: [string, string][] = [];
  const files = filesUnder(join(ROOT, 'electron', 'core'), (n) => n.endsWith('.ts')).filter(
    (f) => !repoPath(f).includes('/migrations/'),
  );
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (repoPath(file) === 'electron/core/modules/accounts/service.ts')
      for (const m of text.matchAll(/\baudit\(\s*ctx,[^;']*?'([a-z]+\.[A-Za-z]+)'/g)) out.push([m[1], 'account']);
    for (const m of text.matchAll(/writeAudit\([^;]*?channel: '([a-z.A-Z]+)',\s*entity: '([A-Za-z]+)'/g))
      out.push([m[1], m[2]]);
  }
  return out;
}

describe('操作记录 labels', () => {
  it('finds the hand-written audit rows', () => {
    const channels = handAudited().map(([c]) => c);
    for (const c of ['auth.setup', 'auth.signIn', 'auth.recover', 'backups.restore']) expect(channels).toContain(c);
  });

  it.each([...writeChannels(), ...handAudited()])('%s (%s) is named without Latin letters', (channel, entity) => {
    expect(auditActionLabel(channel, entity)).not.toMatch(LATIN);
    expect(auditEntityLabel(entity)).not.toMatch(LATIN);
  });

  it('reads as record type and action', () => {
    expect(auditActionLabel('auth.signIn', 'account')).toBe('账号 登录');
    expect(auditActionLabel('placements.assess', 'placement')).toBe('公益性岗位安置 年度考核');
    expect(auditActionLabel('training.unenrol', 'trainingEnrolment')).toBe('培训学员 移除');
    expect(auditActionLabel('imports.persons.commit', 'person')).toBe('人员 导入');
    expect(auditActionLabel('persons.create', 'person')).toBe('人员 新增');
  });
});
