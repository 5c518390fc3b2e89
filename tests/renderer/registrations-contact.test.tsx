import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ContactEntryDrawer } from '../../renderer/src/features/registrations/ContactEntryDrawer';
import type { LookupItem } from '../../shared/contract/contacts';
import type { Result } from '../../shared/contract';
import { CONTACT_HANDLERS, GULI } from './contact-fixtures';
import { failed, ok, type FakeHandlers } from './fake-api';
import { activeOption, dialogTitled, fieldItem, onlyCallTo, pressEnter, retype, typeAndPick } from './queries';
import { renderWithFakeApi } from './render';

// 记录联系 for a morning of calls: find the person, fill the call by keyboard, Enter saves, the focus goes back
// to the lookup; a successful contact without a service, and a date the core refuses, are shown under their
// fields (INFO.today is 2025-03-15).

function setup(handlers: FakeHandlers = {}) {
  return renderWithFakeApi(<ContactEntryDrawer onClose={() => {}} />, {
    ...CONTACT_HANDLERS,
    ...handlers,
  });
}

const drawer = () => dialogTitled('记录联系');
const itemOf = (label: string) => fieldItem(label, drawer());
const enter = pressEnter;

/** Types into the focused select and takes the highlighted option with Enter (rc-select reads keyCode). */
async function pick(label: string, text: string) {
  const box = within(drawer()).getByRole('combobox', { name: label });
  await waitFor(() => expect(box).toHaveFocus());
  await typeAndPick(box, text);
}

/** Looks the person up by the last ID digits, as the clerk does at the start of each call. */
async function findGuli() {
  const lookup = await within(drawer()).findByRole('combobox', { name: '登记失业人员' });
  await waitFor(() => expect(lookup).toHaveFocus());
  await userEvent.type(lookup, '0243');
  await screen.findByText('古丽米拉·艾力 653121********0243 乌帕尔镇乌帕尔村');
  await waitFor(() =>
    expect(activeOption(lookup)).toHaveAccessibleName('古丽米拉·艾力 653121********0243 乌帕尔镇乌帕尔村'),
  );
  enter(lookup);
  await within(drawer()).findByText('138****5678');
}

/** What a successful call to 古丽米拉 on 2025-03-15 sends, 本次提供服务 and 备注 aside (the person found 失业). */
const SUCCESS_SENT = {
  registrationId: 'r1',
  contactDate: '2025-03-15',
  method: '1',
  result: '1',
  employmentStatusFound: '10',
  employerOrActivity: '',
  jobsRecommended: null,
  jobWish: null,
  nextContactDate: '',
  staff: '阿依古丽',
};

describe('记录联系', { timeout: 60_000 }, () => {
  it('takes a call by keyboard, saves with Enter and is ready for the next one', async () => {
    const { callsTo } = setup();
    await findGuli();
    await pick('联系结果', '成功');
    await userEvent.tab();
    await pick('当前就业状态', '失业');
    await userEvent.tab(); // 就业单位/从事工作
    await userEvent.tab();
    await pick('本次提供服务', '职业指导');
    await pick('本次提供服务', '政策推介');
    await userEvent.click(within(drawer()).getByLabelText('备注'));
    await userEvent.type(within(drawer()).getByLabelText('备注'), '已电话告知招聘会{Enter}');

    expect(await onlyCallTo(callsTo, 'contacts.create')).toEqual({
      ...SUCCESS_SENT,
      services: ['SV2', 'SV4'],
      remark: '已电话告知招聘会',
    });
    expect(await screen.findByText('已记录“古丽米拉·艾力”的联系')).toBeInTheDocument();
    const lookup = within(drawer()).getByRole('combobox', { name: '登记失业人员' });
    await waitFor(() => expect(lookup).toHaveFocus());
    expect(within(drawer()).queryByText('138****5678')).not.toBeInTheDocument();
    expect(within(drawer()).getByLabelText('联系日期')).toHaveValue('2025-03-15');
    expect(within(drawer()).getByLabelText('备注')).toHaveValue('');
  });

  it('refuses a successful contact without a service under its field, and shows the core’s date rule under 联系日期', async () => {
    const { callsTo } = setup({
      'contacts.create': () =>
        failed('RULE_VIOLATION', '联系日期早于失业登记日期', {
          contactDate: '联系日期不能早于失业登记日期（2025-02-03）',
        }),
    });
    await findGuli();
    await pick('联系结果', '成功');
    await userEvent.tab();
    await pick('当前就业状态', '失业');
    await userEvent.type(within(drawer()).getByLabelText('备注'), '{Enter}');

    expect(
      await within(itemOf('本次提供服务')).findByText('联系成功时请至少选择一项本次提供的服务'),
    ).toBeInTheDocument();
    expect(callsTo('contacts.create')).toHaveLength(0);

    const date = within(drawer()).getByLabelText('联系日期');
    await retype(date, '2025-02-01');
    await userEvent.click(within(drawer()).getByRole('combobox', { name: '本次提供服务' }));
    await pick('本次提供服务', '职业指导');
    await userEvent.type(within(drawer()).getByLabelText('备注'), '{Enter}');
    expect(
      await within(itemOf('联系日期')).findByText('联系日期不能早于失业登记日期（2025-02-03）'),
    ).toBeInTheDocument();
    expect(callsTo('contacts.create')).toHaveLength(1);
    expect(screen.queryByText(/已记录/)).not.toBeInTheDocument();
  });

  it('the same keys pick the same service on every contact: the list opens on its first option, numbers pick', async () => {
    const { callsTo } = setup();
    const DOWN = { key: 'ArrowDown', code: 'ArrowDown', keyCode: 40, which: 40 };
    /** One contact typed by keys only: ↓ opens 本次提供服务, then `keys` (↓ or a typed number), Enter takes it. */
    async function contact(keys: string[]) {
      await findGuli();
      await pick('联系结果', '成功');
      await userEvent.tab();
      await pick('当前就业状态', '失业');
      await userEvent.tab();
      await userEvent.tab();
      const services = within(drawer()).getByRole('combobox', { name: '本次提供服务' });
      await waitFor(() => expect(services).toHaveFocus());
      fireEvent.keyDown(services, DOWN);
      await waitFor(() => expect(services).toHaveAttribute('aria-expanded', 'true'));
      for (const k of keys) {
        if (k === '↓') fireEvent.keyDown(services, DOWN);
        else await userEvent.type(services, k);
      }
      enter(services);
      await userEvent.type(within(drawer()).getByLabelText('备注'), '{Enter}');
      await waitFor(() => expect(within(drawer()).getByRole('combobox', { name: '登记失业人员' })).toHaveFocus());
    }
    const services = () => callsTo('contacts.create').map((c) => (c as { services: string[] }).services);
    await contact(['↓']);
    await contact(['↓']);
    expect(services()).toEqual([['SV2'], ['SV2']]);
    await contact(['4']);
    await contact(['4']);
    await waitFor(() => expect(callsTo('contacts.create')).toHaveLength(4));
    expect(services()).toEqual([['SV2'], ['SV2'], ['SV4'], ['SV4']]);
  });

  it('after a save, digits and Enter typed at once never take the person just saved: Enter waits for the new matches', async () => {
    const ALI: LookupItem = {
      ...GULI,
      registrationId: 'r2',
      personId: 'p2',
      name: '艾力',
      idNumberMasked: '653121********0514',
      phoneMasked: '139****0514',
    };
    type Answer = Result<{ items: LookupItem[]; more: boolean; month: string }>;
    let answerAli: (r: Answer) => void = () => {};
    const { callsTo } = setup({
      'contacts.lookup': ({ q }) =>
        q === '0243'
          ? ok({ items: [GULI], more: false, month: '2025-03' })
          : new Promise<Answer>((resolve) => (answerAli = resolve)),
    });
    await findGuli();
    await pick('联系结果', '无人接听');
    await userEvent.type(within(drawer()).getByLabelText('备注'), '{Enter}');
    await waitFor(() => expect(callsTo('contacts.create')).toHaveLength(1));
    const lookup = within(drawer()).getByRole('combobox', { name: '登记失业人员' });
    await waitFor(() => expect(lookup).toHaveFocus());

    await userEvent.type(lookup, '0514');
    enter(lookup);
    await waitFor(() => expect(callsTo('contacts.lookup')).toContainEqual({ q: '0514', limit: 20 }));
    expect(screen.queryByText(/^古丽米拉·艾力 653121/)).not.toBeInTheDocument();
    enter(lookup);
    expect(within(drawer()).queryByText('138****5678')).not.toBeInTheDocument();

    answerAli(ok({ items: [ALI], more: false, month: '2025-03' }));
    await screen.findByText('艾力 653121********0514 乌帕尔镇乌帕尔村');
    await waitFor(() => expect(activeOption(lookup)).toHaveAccessibleName('艾力 653121********0514 乌帕尔镇乌帕尔村'));
    enter(lookup);
    expect(await within(drawer()).findByText('139****0514')).toBeInTheDocument();
    expect(within(drawer()).queryByText('138****5678')).not.toBeInTheDocument();
    await waitFor(() => expect(within(drawer()).getByRole('combobox', { name: '联系结果' })).toHaveFocus());
  });

  it('更多 is closed at first; opened, it sends 服务需求, 建议注销 with its reason, 服务结果 and the class recommended', async () => {
    const HOUSEKEEPING = { id: 'k1', code: 'PX2025001', occupation: '家政服务员', providerName: '鑫达职业培训学校' };
    const { callsTo } = setup({
      'training.classes.list': () =>
        ok({ items: [{ ...HOUSEKEEPING, startDate: '2025-03-20', enrolled: 3, capacity: 30 }], total: 1 }),
    });
    await findGuli();
    const more = within(drawer()).getByRole('button', { name: /更多/ });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(within(drawer()).queryByRole('combobox', { name: '服务需求' })).not.toBeInTheDocument();
    await pick('联系结果', '成功');
    await userEvent.tab();
    await pick('当前就业状态', '失业');
    await userEvent.tab();
    await userEvent.tab();
    await pick('本次提供服务', '职业培训推荐');
    expect(within(drawer()).getByText('可在此选择推荐的培训班')).toBeInTheDocument();

    await userEvent.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(within(drawer()).getByRole('combobox', { name: '服务需求' }));
    await pick('服务需求', '职业培训推荐');
    await userEvent.click(within(drawer()).getByRole('combobox', { name: '推荐培训班' }));
    await pick('推荐培训班', '家政服务员 · 2025-03-20开班 · 已报 3/30 人 · 鑫达职业培训学校');
    expect(callsTo('training.classes.list')).toContainEqual({
      openOn: '2025-03-15',
      pageSize: 100,
      sort: { field: 'startDate', order: 'asc' },
    });
    // 建议注销 without its reason is refused under the reason, nothing sent.
    await userEvent.click(within(drawer()).getByRole('checkbox', { name: /建议注销/ }));
    await userEvent.type(within(drawer()).getByLabelText('服务结果'), '愿意参加家政培训{Enter}');
    expect(await within(itemOf('建议注销原因')).findByText('建议注销时请选择注销原因')).toBeInTheDocument();
    expect(callsTo('contacts.create')).toEqual([]);
    await userEvent.click(within(drawer()).getByRole('combobox', { name: '建议注销原因' }));
    await pick('建议注销原因', '入学');
    await userEvent.type(within(drawer()).getByLabelText('服务结果'), '{Enter}');

    expect(await onlyCallTo(callsTo, 'contacts.create')).toEqual({
      ...SUCCESS_SENT,
      services: ['SV5'],
      remark: '',
      needs: ['SV5'],
      suggestCancel: true,
      suggestReason: 'C06',
      serviceResult: '愿意参加家政培训',
      trainingClassId: 'k1',
    });
  });

  it('shows the phone masked (VR-09) and 查看 asks persons.revealPhone (audited) for the number the clerk dials', async () => {
    const { callsTo } = setup({ 'persons.revealPhone': () => ok({ phone: '13899015678' }) });
    await findGuli();
    expect(within(drawer()).queryByText('13899015678')).not.toBeInTheDocument();
    await userEvent.click(within(drawer()).getByRole('button', { name: `查看${GULI.name}的联系电话` }));
    expect(await within(drawer()).findByText('13899015678')).toBeInTheDocument();
    expect(callsTo('persons.revealPhone')).toEqual([{ id: GULI.personId }]);
  });
});
