import { waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { InternshipFormDrawer } from '../../renderer/src/features/internships/InternshipFormDrawer';
import type { ChannelInput, Result } from '../../shared/contract';
import type { EmployerListInput } from '../../shared/contract/employers';
import { failed, ok, type FakeHandlers } from './fake-api';
import { ABDU } from './person-fixtures';
import { dialogTitled, fieldItem, fillIn, onlyCallTo, retype, typeAndPick } from './queries';
import { renderWithFakeApi } from './render';
import { INTERN_BASE } from './internship-fixtures';

// The 新增见习 form: BR-27 allowance standard from the minimum wage on the start date, shown read-only; the end
// date and host allowance filled from their hints; the core's VR-14 refusal of a host allowance under half of it,
// said once, under its field (issue 18). The standard is a field filled with that default: another amount is sent as
// the internship's own standard, and the core's BR-27 refusal shows under it.

const PERSON = { id: 'p1', name: '买买提江·吐尔逊', idNumberMasked: '653121********0317' };
const VR14 = '单位岗位补助不得低于最低工资标准 1900.00 元的50%（950.00 元/月），现为 900.00 元';

function setup(
  create: () => Result<never> = () => failed('RULE_VIOLATION', VR14, { hostAllowanceFen: VR14 }, { rule: 'VR-14' }),
  handlers: FakeHandlers = {},
) {
  return renderWithFakeApi(<InternshipFormDrawer person={PERSON} onClose={vi.fn()} onSaved={vi.fn()} />, {
    'employers.list': () => ok({ items: [INTERN_BASE], total: 1 }),
    ...handlers,
    'posts.defaultStandard': (input) =>
      ok(
        input.onDate && input.onDate >= '2021-04-01'
          ? {
              fen: 190_000,
              basis: '一类区月最低工资标准 1900.00 元/月（2021-04-01 起）',
              tier: 1,
              minWageMonthlyFen: 190_000,
              minWageHourlyFen: 1_900,
            }
          : {
              fen: 182_000,
              basis: '一类区月最低工资标准 1820.00 元/月（2018-04-01 起）',
              tier: 1,
              minWageMonthlyFen: 182_000,
              minWageHourlyFen: 1_820,
            },
      ),
    'internships.create': create,
  });
}

const drawer = () => dialogTitled('新增见习');
const itemOf = (label: string) => fieldItem(label, drawer());

/** Types into the select and takes the option holding `text` (the host select searches the core first). */
async function pick(label: string, text: string) {
  const box = within(drawer()).getByRole('combobox', { name: label });
  await userEvent.click(box);
  await typeAndPick(box, text);
}

describe('新增见习', { timeout: 60_000 }, () => {
  it('shows the allowance standard of the minimum wage in force on the start date', async () => {
    const { callsTo } = setup();
    const standard = within(drawer()).getByRole('group', { name: '生活费补助标准' });
    expect(standard).toHaveTextContent('填写见习协议开始日期后显示');
    await fillIn(within(drawer()).getByLabelText('见习协议开始日期'), '2026-09-01');
    expect(await within(standard).findByText('1,900.00 元/月')).toBeInTheDocument();
    expect(standard).toHaveTextContent('一类区月最低工资标准 1900.00 元/月（2021-04-01 起）');
    expect(callsTo('posts.defaultStandard')).toContainEqual({
      areaType: 'urban',
      fullTime: true,
      onDate: '2026-09-01',
    });
    expect(itemOf('单位岗位补助(元/月)')).toHaveTextContent('不低于最低工资标准的一半：950.00 元');

    // A start date before the 2021 adjustment takes that year's minimum wage.
    const start = within(drawer()).getByLabelText('见习协议开始日期');
    await retype(start, '2020-09-01');
    expect(await within(standard).findByText('1,820.00 元/月')).toBeInTheDocument();
  });

  it('fills the 6-month end date and half the minimum wage it shows as hints, and sends them', async () => {
    const { callsTo } = setup();
    await pick('见习人员类别', '失业青年');
    await pick('见习单位', '明德');
    const field = (label: string) => within(drawer()).getByLabelText(label);
    await fillIn(field('见习岗位'), '仓储管理');
    // A start after the working date (INFO.today 2025-03-15): agreements are signed ahead; no refusal here.
    await fillIn(field('见习协议开始日期'), '2026-09-01');
    expect(await within(drawer()).findByDisplayValue('2027-02-28')).toBe(field('见习协议截止日期'));
    expect(await within(drawer()).findByDisplayValue('950.00')).toBe(field('单位岗位补助(元/月)'));
    expect(itemOf('见习协议截止日期')).toHaveTextContent('共 6 个月');
    expect(itemOf('见习协议开始日期')).not.toHaveTextContent('晚于今天');
    await fillIn(field('人身意外伤害保险保单号'), 'PICC-2026-0212');
    await userEvent.click(within(drawer()).getByRole('button', { name: '保存' }));
    expect(await onlyCallTo(callsTo, 'internships.create')).toMatchObject({
      agreementStart: '2026-09-01',
      agreementEnd: '2027-02-28',
      hostAllowanceFen: 95_000,
    });
  });

  it('says the county has no 见习基地 from the host select’s one read, and not while a base exists', async () => {
    const none = setup(undefined, { 'employers.list': () => ok({ items: [], total: 0, page: 1, pageSize: 100 }) });
    expect(await within(drawer()).findByText('还没有见习基地。请先在“见习基地”中认定见习单位。')).toBeInTheDocument();
    expect(none.callsTo('employers.list')).toEqual([{ isInternshipBase: true, pageSize: 100 }]);
    none.unmount();

    const some = setup();
    await waitFor(() => expect(some.callsTo('employers.list')).toEqual([{ isInternshipBase: true, pageSize: 100 }]));
    await pick('见习单位', '明德');
    expect(within(drawer()).queryByText(/还没有见习基地/)).toBeNull();
  });

  it('finds a 见习基地 past the first 100 through the core and sends it as the host', async () => {
    // 130 bases by name: the 121st is reached only by searching the core (employers.list q, bases only).
    const bases = Array.from({ length: 130 }, (_, i) => ({
      ...INTERN_BASE,
      id: `b${i}`,
      name: i === 120 ? '疏附县红旗农机专业合作社' : `疏附县第${String(i).padStart(3, '0')}见习基地`,
    }));
    const list = ({ q, pageSize = 50 }: EmployerListInput) => {
      const found = bases.filter((b) => !q || b.name.includes(q));
      return ok({ items: found.slice(0, pageSize), total: found.length, page: 1, pageSize });
    };
    const { callsTo } = setup(undefined, { 'employers.list': list });
    await pick('见习人员类别', '失业青年');
    await pick('见习单位', '农机');
    expect(callsTo('employers.list')).toEqual(
      expect.arrayContaining([
        { isInternshipBase: true, pageSize: 100 },
        { q: '农机', isInternshipBase: true, pageSize: 20 },
      ]),
    );
    const field = (label: string) => within(drawer()).getByLabelText(label);
    await fillIn(field('见习岗位'), '农机维修');
    await fillIn(field('见习协议开始日期'), '2026-09-01');
    await fillIn(field('人身意外伤害保险保单号'), 'PICC-2026-0212');
    await userEvent.click(within(drawer()).getByRole('button', { name: '保存' }));
    expect(await onlyCallTo(callsTo, 'internships.create')).toMatchObject({ hostId: 'b120', position: '农机维修' });
  });

  it('shows the refusal of a host allowance under half once, under its field, having sent fen', async () => {
    const { callsTo } = setup();
    await pick('见习人员类别', '失业青年');
    await pick('见习单位', '明德');
    const type = (label: string, text: string) => fillIn(within(drawer()).getByLabelText(label), text);
    await type('见习岗位', '仓储管理');
    await type('见习协议开始日期', '2026-09-01');
    // The filled end date is kept; the filled allowance is typed over.
    await userEvent.clear(within(drawer()).getByLabelText('单位岗位补助(元/月)'));
    await type('单位岗位补助(元/月)', '900');
    await type('人身意外伤害保险保单号', 'PICC-2026-0212');
    await userEvent.click(within(drawer()).getByRole('button', { name: '保存' }));

    expect(await within(itemOf('单位岗位补助(元/月)')).findByText(VR14)).toBeInTheDocument();
    expect(within(drawer()).getAllByText(VR14)).toHaveLength(1);
    expect(within(drawer()).queryByRole('alert')).not.toBeInTheDocument();
    const sent = callsTo('internships.create') as ChannelInput<'internships.create'>[];
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      personId: 'p1',
      hostId: 'e1',
      internType: '2',
      hostAllowanceFen: 90_000,
      allowanceStandardFen: null,
    });
  });

  it('a standard typed over the default is sent as the internship’s own; BR-27’s refusal shows under it', async () => {
    const BR27 = '没有 2026-09-01 适用的最低工资标准，请先在设置中录入';
    const { callsTo } = setup(() => failed('RULE_VIOLATION', BR27, { allowanceStandardFen: BR27 }, { rule: 'BR-27' }));
    await pick('见习人员类别', '失业青年');
    await pick('见习单位', '明德');
    const field = (label: string) => within(drawer()).getByLabelText(label);
    await fillIn(field('见习岗位'), '仓储管理');
    await fillIn(field('见习协议开始日期'), '2026-09-01');
    const standard = field('生活费补助标准(元/月)');
    expect(await within(drawer()).findByDisplayValue('1900.00')).toBe(standard);
    await retype(standard, '2000');
    await fillIn(field('人身意外伤害保险保单号'), 'PICC-2026-0212');
    await userEvent.click(within(drawer()).getByRole('button', { name: '保存' }));
    expect(await within(itemOf('生活费补助标准(元/月)')).findByText(BR27)).toBeInTheDocument();
    expect(callsTo('internships.create')).toEqual([expect.objectContaining({ allowanceStandardFen: 200_000 })]);
  });

  it('其他: no age cap, but a warning when the person is over the youth cap in force on the start date', async () => {
    // ABDU (p1) was born 2000-02-29; the county's cap from 2026-01-01 is 25 (CFG-18), the built-in one 24 before.
    const youthAges = { min: 16, max: 25 };
    setup(undefined, {
      'persons.get': () => ok(ABDU),
      'ruleSettings.list': () =>
        ok({
          items: [
            {
              key: 'internships.youthAges',
              inForce: { effectiveFrom: '2026-01-01', values: youthAges },
              history: [
                { effectiveFrom: '2026-01-01', values: youthAges, updatedAt: '', updatedBy: '古丽', note: null },
              ],
            },
          ],
          firstOpenDate: null,
        }),
    });
    await pick('见习人员类别', '其他');
    const start = within(drawer()).getByLabelText('见习协议开始日期');
    await fillIn(start, '2027-09-01');
    expect(
      await within(drawer()).findByText(
        '见习开始日该人员27周岁，超过失业青年见习的年龄上限（25周岁）。“其他”类别不限年龄，请确认本县政策允许后再保存',
      ),
    ).toBeInTheDocument();
    // 25 on 2025-09-01, over the built-in 24 then.
    await retype(start, '2025-09-01');
    expect(await within(drawer()).findByText(/该人员25周岁，超过失业青年见习的年龄上限（24周岁）/)).toBeInTheDocument();
    // 25 on 2026-01-15, within the county's 25 from 2026: no warning.
    await retype(start, '2026-01-15');
    await waitFor(() => expect(within(drawer()).queryByText(/超过失业青年见习的年龄上限/)).not.toBeInTheDocument());
  });
});
