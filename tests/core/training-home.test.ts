// 首页 reminder of expiring 定点培训机构 designations (today 2026-11-28): the count equals the providers list the
// reminder opens (ending within 60 days or ended), county-wide; a re-designation with a later end clears it.
import { describe, expect, it } from 'vitest';
import { makeCore, must } from './harness';
import { trainingCounty } from './training-fixtures';

describe('home reminder: 定点培训机构资质到期', () => {
  it('counts the designations of the filtered providers list and follows a re-designation', async () => {
    const core = makeCore();
    const c = await trainingCounty(core); // valid until 2027-06-30: not expiring
    const unit = (name: string) => must(core, 'employers.create', { name, nature: '4', regionId: c.town1 });
    const designate = (employerId: string, validUntil: string | null) =>
      must(core, 'training.providers.designate', {
        employerId,
        kind: '01',
        designatedDate: '2025-01-01',
        validUntil,
        occupations: ['电工'],
      });
    const soon = (await unit('疏附县技工学校')).employer.id;
    const ended = (await unit('疏附县职业技术学校')).employer.id;
    const longTerm = (await unit('疏附县公共实训基地')).employer.id;
    await designate(soon, '2027-01-27'); // 60 days from today
    await designate(ended, '2026-11-27');
    await designate(longTerm, null);
    await must(core, 'employers.create', { name: '疏附县一般单位', nature: '4', regionId: c.town1 });

    const reminder = async () =>
      (await must(core, 'home.overview', {})).reminders.find((r) => r.key === 'providersExpiring')!;
    const list = await must(core, 'training.providers.list', { expiringWithinDays: 60 });
    expect(list.items.map((p) => [p.name, p.daysLeft])).toEqual([
      ['疏附县技工学校', 60],
      ['疏附县职业技术学校', -1],
    ]);
    expect(await reminder()).toEqual({ key: 'providersExpiring', count: 2, late: null, scope: 'county' });

    await designate(soon, '2027-01-28');
    expect((await reminder()).count).toBe(1);
    expect((await must(core, 'training.providers.list', { expiringWithinDays: 60 })).items).toHaveLength(1);
  });
});
