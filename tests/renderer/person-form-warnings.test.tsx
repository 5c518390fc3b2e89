import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { rememberListSearch } from '../../renderer/src/features/persons/list-params';
import { ok, type FakeHandlers } from './fake-api';
import { ABDU, makeId } from './person-fixtures';
import {
  dialogTitled,
  fieldItem,
  fillIn,
  offeredOptions,
  onlyCallTo,
  retype,
  selectShown,
  typeAndPick,
} from './queries';
import { renderPersonListPage } from './person-list-page';

// The person form's warnings that do not block saving (today 2025-03-15): 失业 for someone outside working age
// under 当前就业状态 (BR-03), a 就业创业证号 whose first 6 digits are no county code (VR-11); and 目前状况 of a
// household member as a choice list (BR-15 must be able to read it), 其他 with a description.

const setup = (handlers: FakeHandlers = {}) => renderPersonListPage(handlers);
const drawer = () => dialogTitled('新增人员');
const STATUS_WARNING_CHILD = '该人员14周岁，未满16周岁，不在劳动年龄内，当前就业状态一般不应为“失业(未就业)”，请核对';

async function openCreate() {
  await userEvent.click(await screen.findByRole('button', { name: '新增' }));
  return waitFor(() => dialogTitled('新增人员'));
}

async function typeId(id: string) {
  await userEvent.click(within(drawer()).getByLabelText('公民身份号码'));
  await userEvent.paste(id);
}

beforeEach(() => rememberListSearch(''));

describe('人员表单: 当前就业状态 outside working age', { timeout: 60_000 }, () => {
  it('warns under 当前就业状态 for a 14-year-old left at 失业, and stops once another status is chosen', async () => {
    setup();
    await openCreate();
    await typeId(makeId('653121', '20110101', '013'));
    const item = () => fieldItem('当前就业状态', drawer());
    expect(await within(item()).findByText(STATUS_WARNING_CHILD, {}, { timeout: 5000 })).toBeInTheDocument();
    await typeAndPick(within(drawer()).getByRole('combobox', { name: '当前就业状态' }), '入学');
    await waitFor(() => expect(within(item()).queryByText(STATUS_WARNING_CHILD)).not.toBeInTheDocument());
  });

  it('warns for a woman past her statutory retirement date (F50), not for one of working age', async () => {
    setup();
    await openCreate();
    await typeId(makeId('653121', '19700101', '024'));
    const item = () => fieldItem('当前就业状态', drawer());
    expect(
      await within(item()).findByText(
        '该人员已于2020-01-01达到法定退休年龄，当前就业状态一般不应为“失业(未就业)”，请核对',
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    await retype(within(drawer()).getByLabelText('公民身份号码'), makeId('653121', '19900101', '024'));
    await waitFor(() => expect(within(item()).queryByText(/当前就业状态一般不应为/)).not.toBeInTheDocument());
  });

  it('VR-11: warns when the 就业创业证号’s first 6 digits are no county code', async () => {
    setup();
    await openCreate();
    await fillIn(within(drawer()).getByLabelText('就业创业证号'), '6531000000000001');
    expect(
      await within(fieldItem('就业创业证号', drawer())).findByText(
        '就业创业证号前6位（653100）不是县级行政区划代码，一般为发证县(市、区)的代码，请核对',
      ),
    ).toBeInTheDocument();
  });
});

describe('人员表单: 家庭成员的目前状况', { timeout: 60_000 }, () => {
  it('keeps an older free text as 原填写; 其他(注明) asks what and sends 其他：…', async () => {
    const { callsTo } = setup({
      'persons.list': () => ok({ items: [{ ...ABDU, villageName: '阿亚格曼干村' }], total: 1 }),
      'persons.get': () => ok(ABDU),
      'persons.update': () => ok({ person: ABDU, warnings: {} }),
    });
    await userEvent.click(await screen.findByRole('button', { name: '编辑' }, { timeout: 5000 }));
    const dialog = await waitFor(() => dialogTitled(`编辑人员：${ABDU.name}`));
    const status = within(dialog).getByRole('combobox', { name: '第1位家庭成员的目前状况' });
    expect(selectShown(status)).toHaveTextContent('务农（原填写）');

    await userEvent.click(status);
    await waitFor(() => expect(offeredOptions(status).length).toBeGreaterThan(0));
    await typeAndPick(status, '其他');
    const note = await within(dialog).findByLabelText('第1位家庭成员的目前状况（请注明）');
    await userEvent.type(note, '照顾老人');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(
      ((await onlyCallTo(callsTo, 'persons.update')) as { householdMembers: { status: string }[] }).householdMembers,
    ).toEqual([expect.objectContaining({ status: '其他：照顾老人' })]);
  });
});
