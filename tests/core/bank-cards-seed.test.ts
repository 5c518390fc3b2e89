import { describe, expect, it } from 'vitest';
import { validateBankCard } from '../../shared/domain/bank-card';
import { must } from './harness';
import { demoCore } from './seeded';

// The demo county's 社保卡账号 (VR-10): everyone paid from a roster has a valid card but one payee of last month's draft
// 岗位补贴 roster and one of its 见习补贴 roster, so the roster drawer shows "缺少社会保障卡号(银行账号)".
describe('seeded bank cards', () => {
  it('gives payees valid cards and leaves one per last month’s post and internship roster without', async () => {
    const core = await demoCore(300);
    const db = core.ctx.db;
    const payees = db
      .prepare(
        `SELECT bank_card_no FROM persons WHERE id IN (SELECT person_id FROM placements UNION SELECT person_id FROM internships)`,
      )
      .pluck()
      .all() as (string | null)[];
    const cards = payees.filter((c) => c !== null);
    expect(payees.length - cards.length).toBe(2);
    expect(cards.every((c) => validateBankCard(c).ok && !('warning' in validateBankCard(c)))).toBe(true);
    for (const kind of ['post', 'internship'] as const) {
      const roster = (await must(core, 'subsidies.list', { month: '2026-10', kind })).items.find(
        (b) => b.scope === 'county',
      )!;
      expect((await must(core, 'subsidies.get', { id: roster.id })).missingAccounts).toHaveLength(1);
      // The month before was reviewed with every payee's card: it prints them, a card gone since included.
      const reviewed = (await must(core, 'subsidies.list', { month: '2026-09', kind })).items.find(
        (b) => b.scope === 'county',
      )!;
      expect(reviewed.status).toBe('reviewed');
      expect((await must(core, 'subsidies.get', { id: reviewed.id })).missingAccounts).toEqual([]);
    }
  });
});
