// Shared set-up for the internship core tests: the posts test county with two 见习基地 and helpers for interns.
import type { Core } from '../../electron/core/core';
import type { ChannelInput } from '../../shared/contract';
import { writeSetting } from '../../electron/core/modules/settings/queries';
import { makeCore, must } from './harness';
import { addEmployer, addPerson, postCounty, type PostCounty } from './posts-fixtures';

export interface InternCounty extends PostCounty {
  /** 见习基地, recognised 2025-01-01, valid until 2027-01-15 (within 60 days of TODAY 2026-11-28). */
  hostA: string;
  /** 见习基地, recognised 2025-06-01, valid until 2028-12-31. */
  hostB: string;
  /** An employer that is not a base. */
  notBase: string;
}

/** The fields of a unit that is a 见习基地, recognised on `recognised` and valid until `validUntil`. */
export const internshipBase = (recognised: string, validUntil: string) => ({
  isInternshipBase: true,
  baseRecognisedDate: recognised,
  baseValidUntil: validUntil,
});

export async function internCounty(core: Core): Promise<InternCounty> {
  const c = await postCounty(core);
  const hostA = await addEmployer(c, '疏附县甲见习基地', '4', c.town1, internshipBase('2025-01-01', '2027-01-15'));
  const hostB = await addEmployer(c, '疏附县乙见习基地', '3', c.town2, internshipBase('2025-06-01', '2028-12-31'));
  const notBase = await addEmployer(c, '某商店', '7', c.town1);
  return { ...c, hostA, hostB, notBase };
}

/** A graduate (E20 1) born `birth` (YYYYMMDD). */
export const graduate = (c: InternCounty, birth = '20030510', sex: '1' | '2' = '2') => addPerson(c, birth, sex);

/** The county (internCounty) with a graduate (graduate) in an internship at host A made from gradInput(…, over). */
export async function graduateInterning(over: Partial<InternInput> = {}) {
  const core = makeCore();
  const c = await internCounty(core);
  const p = await graduate(c);
  const i = await must(core, 'internships.create', gradInput(p, c.hostA, over));
  return { core, c, p, i };
}

/** A youth (E20 2) registered unemployed from regDate. */
export async function youth(c: InternCounty, birth = '20060301', regDate = '2026-01-05'): Promise<string> {
  const id = await addPerson(c, birth, '1');
  await must(c.core, 'registrations.create', {
    personId: id,
    regDate,
    regPlaceId: c.town1,
    reason: '01',
    jobWish: '1',
    responsibleStaff: '阿依古丽',
  });
  return id;
}

type InternInput = ChannelInput<'internships.create'>;

/** An agreement period, for the `over` argument of gradInput / youthInput. */
export const between = (agreementStart: string, agreementEnd: string) => ({ agreementStart, agreementEnd });

// Both kinds of intern: six months from 2026-09 with the host paying half the minimum wage.
const internInput = (
  personId: string,
  hostId: string,
  kind: Pick<InternInput, 'position' | 'internType' | 'insurancePolicy'> & Partial<InternInput>,
  over: Partial<InternInput>,
): InternInput => ({
  personId,
  hostId,
  ...between('2026-09-01', '2027-02-28'),
  hostAllowanceFen: 95_000,
  ...kind,
  ...over,
});

export const gradInput = (personId: string, hostId: string, over: Partial<InternInput> = {}) =>
  internInput(
    personId,
    hostId,
    {
      position: '行政助理',
      internType: '1',
      school: '喀什大学',
      major: '汉语言文学',
      degree: '2',
      graduationDate: '2025-07-01',
      insurancePolicy: 'PICC-2026-0001',
    },
    over,
  );

export const youthInput = (personId: string, hostId: string, over: Partial<InternInput> = {}) =>
  internInput(personId, hostId, { position: '仓储管理', internType: '2', insurancePolicy: 'PICC-2026-0002' }, over);

/** internships.end input for an intern the host keeps (留用) from `retainedDate` on a contract of `contractYears`. */
export const retainedEnd = (
  id: string,
  endDate: string,
  endType: '2' | '3',
  retainedDate: string,
  contractYears: number,
) => ({ id, endDate, endType, retained: true, retainedDate, contractYears });

/**
 * An allowances.save input with the month's updatedAt as stored now (the stale-save check), as a form that has just
 * read the row sends it; an unknown id gets a stamp that matches nothing.
 */
export const freshAllowance = <T extends { id: string }>(core: Core, input: T) => ({
  ...input,
  expectedUpdatedAt:
    (core.ctx.db.prepare('SELECT updated_at FROM internship_allowances WHERE id = ?').pluck().get(input.id) as
      string | undefined) ?? '2000-01-01T00:00:00.000Z',
});

/** Sets a setting in force from 0000-01-01 (e.g. internships.onceOnly = false). */
export const setSetting = (core: Core, key: string, value: unknown) =>
  writeSetting(core.ctx.db, key, value, '测试', '2026-01-01T00:00:00.000Z');

/** 见习人员类别 其他 (E20 9) with the 其他类别说明 it requires; the type needs allowOtherType first. */
export const OTHER_TYPE = { internType: '9', otherTypeNote: '技工院校毕业生' } as const;

/** 规则设置 允许“其他”见习人员类别 on from 0000-01-01 (off by default). */
export const allowOtherType = (core: Core) => setSetting(core, 'internships.allowOtherType', true);

/** The RPT-08 / RPT-10 period. */
export const NOV = { from: '2026-11-01', to: '2026-11-30' };

/** Host A (甲): i1 running from before, i2 ended in October (2), i3 early hire in Nov (3), i4 new graduate.
 *  Host B (乙): i5 ended 期满 in Nov (1), i6 本人提前终止 (4), i7 new other (9), i8 期满留用 in Nov (2). */
export async function scenario() {
  const core = makeCore();
  const c: InternCounty = await internCounty(core);
  allowOtherType(core);
  let n = 0;
  const create = async (input: Parameters<typeof gradInput>[2] & object, kind: 'g' | 'y' | 'o', host: string) => {
    n += 1;
    const mm = String(n).padStart(2, '0');
    const p = kind === 'y' ? await youth(c, `2006${mm}15`) : await graduate(c, `2003${mm}12`);
    const base =
      kind === 'y' ? youthInput(p, host) : kind === 'o' ? youthInput(p, host, OTHER_TYPE) : gradInput(p, host);
    return must(core, 'internships.create', { ...base, ...input });
  };
  await create(between('2026-06-01', '2026-11-30'), 'g', c.hostA);
  const i2 = await create(between('2026-05-01', '2026-10-31'), 'g', c.hostA);
  await must(core, 'internships.end', retainedEnd(i2.id, '2026-10-31', '2', '2026-11-01', 3));
  const i3 = await create(between('2026-08-10', '2027-02-09'), 'y', c.hostA);
  await must(core, 'internships.end', retainedEnd(i3.id, '2026-11-20', '3', '2026-11-21', 3));
  await create(between('2026-11-02', '2027-05-01'), 'g', c.hostA);
  const i5 = await create(between('2026-08-01', '2026-11-15'), 'y', c.hostB);
  await must(core, 'internships.end', { id: i5.id, endDate: '2026-11-15', endType: '1' });
  const i6 = await create(between('2026-09-01', '2027-02-28'), 'g', c.hostB);
  await must(core, 'internships.end', { id: i6.id, endDate: '2026-11-10', endType: '4' });
  const o = await addPerson(c, '19900101', '1');
  await must(
    core,
    'internships.create',
    youthInput(o, c.hostB, {
      ...OTHER_TYPE,
      position: '会计助理',
      ...between('2026-11-05', '2027-02-04'),
    }),
  );
  const i8 = await create(between('2026-05-20', '2026-11-19'), 'g', c.hostB);
  await must(core, 'internships.end', retainedEnd(i8.id, '2026-11-19', '2', '2026-11-20', 2));
  return { core, c };
}
