import { describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../shared/contract';
import {
  CAPABILITIES,
  PERMISSIONS,
  ROLE_CAPABILITIES,
  canCall,
  channelsWithoutPermission,
} from '../../shared/contract/permissions';

describe('permission table (issue 19)', () => {
  it('gives every contract channel a capability, and names no channel that does not exist', () => {
    expect(channelsWithoutPermission()).toEqual([]);
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...CHANNELS].sort());
    for (const need of Object.values(PERMISSIONS)) expect(CAPABILITIES).toContain(need);
  });

  it('only the auth calls that open or end a session are public', () => {
    const pub = Object.entries(PERMISSIONS)
      .filter(([, need]) => need === 'public')
      .map(([c]) => c)
      .sort();
    expect(pub).toEqual(['auth.recover', 'auth.setup', 'auth.signIn', 'auth.signOut', 'auth.status']);
  });

  it('a read-only account can call no write or job channel except its own password, one audited ID view, masked export, the audited download and the blank import templates', () => {
    const readonly = { role: 'readonly' as const, fullIdExport: false };
    const writes = CHANNELS.filter((c) => {
      const def = contract[c] as { write?: unknown; job?: boolean };
      return (def.write || def.job) && canCall(readonly, c);
    });
    expect(writes.sort()).toEqual([
      'audit.export',
      'auth.changePassword',
      'files.take', // a download is written to the audit log (issue 20)
      'imports.persons.template',
      'imports.placements.template',
      'imports.registrations.template',
      'imports.results.template',
      'imports.trainees.template',
      'persons.exportRoster',
      'persons.revealId',
      'persons.revealPhone',
      'reports.export',
    ]);
  });

  it('accounts, backups, office and divisions are for the administrator only', () => {
    for (const c of CHANNELS.filter(
      (c) => /^(accounts|backups|regions)\./.test(c) && !['regions.list', 'regions.builtInCounties'].includes(c),
    )) {
      expect(PERMISSIONS[c]).toBe('admin');
    }
    expect(ROLE_CAPABILITIES.reviewer).not.toContain('admin');
    expect(ROLE_CAPABILITIES.clerk).not.toContain('review');
  });
});
