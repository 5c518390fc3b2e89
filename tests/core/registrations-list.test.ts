import { beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelOutput } from '../../shared/contract';
import type { Result } from '../../shared/contract/result';
import { call, makeCore, must, signedInAs, snapshot } from './harness';
import { makeId } from './persons-fixtures';
import { refusedAs, refusedBadInput } from './refusals';
import { setup, type Setup } from './registrations-fixtures';

// 登记台账 (registrations.list): every registration of the persons the caller may see, by search, 乡镇/村, 状态, the
// 登记日期 and 注销日期 ranges, 注销原因 and 联系责任人; paged, sorted through a whitelist (tie: id), masked IDs. A
// 乡镇经办 sees their own 乡镇's only; registrations.staffNames offers the 联系责任人 of the same registrations.

type ListInput = ChannelInput<'registrations.list'>;

interface Scene {
  s: Setup;
  /** 阿不都 (乌帕尔镇 阿亚格曼干村): cancelled C01 on 2026-11-10, registered again on 2026-11-20. */
  abduOld: string;
  abduNew: string;
  /** 古丽米拉 (乌帕尔镇 幸福路社区): active since 2026-11-02, staff 阿依古丽. */
  gulmira: string;
  /** 热娜 (塔什米里克乡 库木巴格村): registered 2026-09-15, cancelled C10 on 2026-10-20. */
  rena: string;
  /** 努尔 (塔什米里克乡): active since 2026-08-01. */
  nur: string;
  clerk: string;
}

let scene: Scene;

beforeEach(async () => {
  const s = await setup(makeCore());
  const abdu = await s.person({ name: '阿不都·买买提', phone: '13899010001', residenceRegionId: s.village1 });
  const gulmira = await s.person({ name: '古丽米拉·艾力', phone: '13899010002', residenceRegionId: s.village2 });
  const rena = await s.person({ name: '热娜·吐尔逊', phone: '13899010003', residenceRegionId: s.village3 });
  const nur = await s.person({ name: '努尔·艾则孜', phone: '13899010004', residenceRegionId: s.village3 });
  const abduOld = await s.register(abdu, { regDate: '2026-10-05' });
  await must(s.core, 'registrations.cancel', { id: abduOld, cancelDate: '2026-11-10', cancelReason: 'C01' });
  const abduNew = await s.register(abdu, { regDate: '2026-11-20' });
  const gulmiraReg = await s.register(gulmira, { regDate: '2026-11-02', responsibleStaff: '阿依古丽' });
  const renaReg = await s.register(rena, { regDate: '2026-09-15', regPlaceId: s.town2 });
  await must(s.core, 'registrations.cancel', { id: renaReg, cancelDate: '2026-10-20', cancelReason: 'C10' });
  const nurReg = await s.register(nur, { regDate: '2026-08-01', regPlaceId: s.town2, responsibleStaff: '阿依古丽' });
  const clerk = signedInAs(s.core, 'clerk-upal', 'clerk', { townshipIds: [s.town1] });
  scene = { s, abduOld, abduNew, gulmira: gulmiraReg, rena: renaReg, nur: nurReg, clerk };
});

const list = async (input: ListInput = {}) => must(scene.s.core, 'registrations.list', input);
const ids = async (input: ListInput = {}) => (await list(input)).items.map((i) => i.id);

describe('registrations.list', () => {
  it('lists every registration, latest 登记日期 first, with the person masked and where they live', async () => {
    const { abduNew, gulmira, abduOld, rena, nur } = scene;
    const page = await list();
    expect(page.total).toBe(5);
    expect(page.items.map((i) => i.id)).toEqual([abduNew, gulmira, abduOld, rena, nur]);
    expect(page.items[2]).toMatchObject({
      personName: '阿不都·买买提',
      townshipName: '乌帕尔镇',
      villageName: '阿亚格曼干村',
      regDate: '2026-10-05',
      status: 'cancelled',
      cancelDate: '2026-11-10',
      cancelReason: 'C01',
      responsibleStaff: '买买提·艾力',
    });
    expect(page.items[2].idNumberMasked).toMatch(/^653121\*+\d{3}[\dX]$/);
  });

  it.each<[string, ListInput, (sc: Scene) => string[]]>([
    ['有效', { status: 'active' }, (sc) => [sc.abduNew, sc.gulmira, sc.nur]],
    ['已注销', { status: 'cancelled' }, (sc) => [sc.abduOld, sc.rena]],
    ['登记日期 in November', { regFrom: '2026-11-01', regTo: '2026-11-30' }, (sc) => [sc.abduNew, sc.gulmira]],
    ['登记日期 from a day', { regFrom: '2026-10-05' }, (sc) => [sc.abduNew, sc.gulmira, sc.abduOld]],
    ['注销日期 in November', { cancelFrom: '2026-11-01', cancelTo: '2026-11-30' }, (sc) => [sc.abduOld]],
    ['注销日期 up to a day', { cancelTo: '2026-10-31' }, (sc) => [sc.rena]],
    ['注销原因', { cancelReason: 'C10' }, (sc) => [sc.rena]],
    ['联系责任人', { staff: '阿依古丽' }, (sc) => [sc.gulmira, sc.nur]],
    ['乡镇', { townshipId: 'town2' }, (sc) => [sc.rena, sc.nur]],
    ['村', { villageId: 'village2' }, (sc) => [sc.gulmira]],
    ['name part', { query: '买买提' }, (sc) => [sc.abduNew, sc.abduOld]],
    ['phone', { query: '13899010003' }, (sc) => [sc.rena]],
    ['ID suffix', { query: 'id-suffix' }, (sc) => [sc.gulmira]],
    ['filters together', { status: 'active', staff: '阿依古丽', townshipId: 'town1' }, (sc) => [sc.gulmira]],
  ])('filters by %s', async (_name, input, expected) => {
    const { s } = scene;
    const place = { town1: s.town1, town2: s.town2, village2: s.village2 } as Record<string, string>;
    const gulmiraId = (await must(s.core, 'registrations.get', { id: scene.gulmira })).personId;
    const idNumber = s.core.ctx.db.prepare('SELECT id_number FROM persons WHERE id = ?').pluck().get(gulmiraId);
    const resolved = {
      ...input,
      ...(input.townshipId ? { townshipId: place[input.townshipId] ?? input.townshipId } : {}),
      ...(input.villageId ? { villageId: place[input.villageId] } : {}),
      ...(input.query === 'id-suffix' ? { query: String(idNumber).slice(-6) } : {}),
    };
    const page = await list(resolved);
    expect(page.items.map((i) => i.id)).toEqual(expected(scene));
    expect(page.total).toBe(expected(scene).length);
  });

  it('pages with the total of every match, in the same order as one long page', async () => {
    const { s } = scene;
    for (let i = 0; i < 18; i++)
      await s.register(await s.person({ name: `阿孜古丽·${'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未'[i]}` }), {
        regDate: '2026-10-10',
      });
    const all = await ids({ pageSize: 50 });
    expect(all).toHaveLength(23);
    const first = await list({ page: 1, pageSize: 20 });
    const second = await list({ page: 2, pageSize: 20 });
    expect([first.total, second.total]).toEqual([23, 23]);
    expect(second.items).toHaveLength(3);
    // Eighteen registrations share 2026-10-10: the id breaks the tie, so no row repeats or goes missing.
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual(all);
    expect(await list({ page: 3, pageSize: 20 })).toEqual({ items: [], total: 23 });
  });

  it('sorts by name, 登记日期, 注销日期 and 联系责任人 both ways, ties broken by id', async () => {
    const { abduNew, gulmira, abduOld, rena, nur } = scene;
    expect(await ids({ sort: { field: 'regDate', order: 'asc' } })).toEqual([nur, rena, abduOld, gulmira, abduNew]);
    // Active registrations have no 注销日期: first ascending, last descending (then by id).
    const open = [abduNew, gulmira, nur].sort();
    expect(await ids({ sort: { field: 'cancelDate', order: 'asc' } })).toEqual([...open, rena, abduOld]);
    expect(await ids({ sort: { field: 'cancelDate', order: 'desc' } })).toEqual([abduOld, rena, ...open.reverse()]);
    // Code-point order: 买 (U+4E70) before 阿 (U+963F); 阿依古丽 has gulmira and nur, 买买提·艾力 the others.
    const mamat = [abduNew, abduOld, rena].sort();
    const ayi = [gulmira, nur].sort();
    expect(await ids({ sort: { field: 'responsibleStaff', order: 'asc' } })).toEqual([...mamat, ...ayi]);
    expect(await ids({ sort: { field: 'responsibleStaff', order: 'desc' } })).toEqual([
      ...ayi.reverse(),
      ...mamat.reverse(),
    ]);
    const names = (await list({ sort: { field: 'personName', order: 'asc' } })).items.map((i) => i.personName);
    expect(names).toEqual([...names].sort());
    expect(names[0]).toBe('努尔·艾则孜');
  });

  it('refuses a sort outside the whitelist and a range that ends before it starts, naming the field', async () => {
    const before = snapshot(scene.s.core);
    const bad = await call(scene.s.core, 'registrations.list', {
      sort: { field: 'p.name; DROP TABLE registrations', order: 'asc' },
    } as never);
    expect(bad).toMatchObject(refusedBadInput({ 'sort.field': '不能按该列排序' }));
    expect(
      await call(scene.s.core, 'registrations.list', { regFrom: '2026-11-01', regTo: '2026-10-01' }),
    ).toMatchObject(refusedBadInput({ regTo: '登记日期的截止日期不能早于开始日期' }));
    expect(
      await call(scene.s.core, 'registrations.list', { cancelFrom: '2026-11-01', cancelTo: '2026-10-31' }),
    ).toMatchObject(refusedBadInput({ cancelTo: '注销日期的截止日期不能早于开始日期' }));
    expect(await call(scene.s.core, 'registrations.list', { cancelReason: 'C77' as never })).toMatchObject(
      refusedBadInput({ cancelReason: '注销原因不在代码表中' }),
    );
    expect(snapshot(scene.s.core)).toBe(before);
  });

  it('leaves out the registrations of a deleted person', async () => {
    const { s } = scene;
    const p = await s.person({ name: '依明·卡德尔', idNumber: makeId('653121', '19850101', '331') });
    const id = await s.register(p, { regDate: '2026-11-03' });
    await must(s.core, 'registrations.cancel', { id, cancelDate: '2026-11-04', cancelReason: 'C99' });
    expect((await list({ query: '依明' })).total).toBe(1);
    await must(s.core, 'persons.delete', { id: p });
    expect((await list({ query: '依明' })).total).toBe(0);
  });
});

describe('registrations.list and staffNames in a 乡镇经办’s scope', () => {
  it('a clerk of 乌帕尔镇 sees only its registrations and staff, and cannot choose the other 乡镇', async () => {
    const { s, clerk, abduNew, gulmira, abduOld } = scene;
    const r = (await s.core.invoke('registrations.list', {}, clerk)) as Result<ChannelOutput<'registrations.list'>>;
    expect(r.ok && r.data).toMatchObject({ total: 3 });
    expect(r.ok && r.data.items.map((i) => i.id)).toEqual([abduNew, gulmira, abduOld]);
    const staff = (await s.core.invoke('registrations.staffNames', {}, clerk)) as Result<
      ChannelOutput<'registrations.staffNames'>
    >;
    expect(staff.ok && staff.data.items).toEqual([
      { staff: '买买提·艾力', count: 2 },
      { staff: '阿依古丽', count: 1 },
    ]);
    expect(await s.core.invoke('registrations.list', { townshipId: s.town2 }, clerk)).toMatchObject(
      refusedAs('FORBIDDEN', '您只能查看和办理自己负责的乡镇（乌帕尔镇）的数据，不能选择“塔什米里克乡”。'),
    );
    // The county sees both 乡镇's staff.
    expect((await must(s.core, 'registrations.staffNames', {})).items).toEqual([
      { staff: '买买提·艾力', count: 3 },
      { staff: '阿依古丽', count: 2 },
    ]);
    expect((await must(s.core, 'registrations.staffNames', { townshipId: s.town2 })).items).toEqual([
      { staff: '买买提·艾力', count: 1 },
      { staff: '阿依古丽', count: 1 },
    ]);
    // Kept until a write: a new registration's 联系责任人 is offered at once, and the ledger's total follows.
    expect((await list({ townshipId: s.town2 })).total).toBe(2);
    await s.register(await s.person({ name: '帕提古丽·热合曼', residenceRegionId: s.village3 }), {
      regDate: '2026-11-25',
      responsibleStaff: '热合曼·吐尔逊',
    });
    expect((await must(s.core, 'registrations.staffNames', { townshipId: s.town2 })).items).toEqual([
      { staff: '买买提·艾力', count: 1 },
      { staff: '热合曼·吐尔逊', count: 1 },
      { staff: '阿依古丽', count: 1 },
    ]);
    expect((await list({ townshipId: s.town2 })).total).toBe(3);
  });
});
