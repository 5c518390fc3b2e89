import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { rememberListSearch } from '../../renderer/src/features/persons/list-params';
import { failed, ok, type FakeHandlers } from './fake-api';
import { LEGACY_ID_MESSAGE } from '../../shared/domain/id-number';
import { ABDU, ID_ABDU, ID_GULI, makeId } from './person-fixtures';
import { dialogTitled, fieldItem, fillIn, queryDialogTitled, retype } from './queries';
import { renderPersonListPage } from './person-list-page';
import { RELOAD_KEEPING, keptMessage } from '../../renderer/src/features/persons/PersonForm';

const setup = (handlers: FakeHandlers = {}) => renderPersonListPage(handlers);

const findDrawer = (title: string) => waitFor(() => dialogTitled(title));
const drawer = () => dialogTitled('新增人员');
const itemOf = (label: string) => fieldItem(label, drawer());

async function openCreate() {
  await userEvent.click(await screen.findByRole('button', { name: '新增' }));
  return findDrawer('新增人员');
}

/** Types into a searchable select and takes the first match with Enter, as a clerk does. */
async function pick(label: string, text: string) {
  const box = within(drawer()).getByRole('combobox', { name: label });
  await userEvent.click(box);
  await userEvent.type(box, text);
  // rc-select reads keyCode, which user-event leaves 0 under happy-dom.
  fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 });
}

beforeEach(() => rememberListSearch(''));

describe('人员表单 (新增)', { timeout: 60_000 }, () => {
  it('shows the check-digit message under 公民身份号码 and does not call the core', async () => {
    const { callsTo } = setup();
    await openCreate();
    const bad = makeId('653121', '20000229', '109', true);
    await fillIn(within(drawer()).getByLabelText('公民身份号码'), bad);
    await userEvent.tab();

    expect(
      await within(itemOf('公民身份号码')).findByText('公民身份号码校验位错误，应为 X', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(within(drawer()).queryByText('2000-02-29')).not.toBeInTheDocument();

    await userEvent.click(within(drawer()).getByRole('button', { name: '保存' }));
    expect(await within(itemOf('姓名')).findByText('请填写姓名', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(within(itemOf('公民身份号码')).getByText('公民身份号码校验位错误，应为 X')).toBeInTheDocument();
    expect(callsTo('persons.create')).toHaveLength(0);
  });

  it('shows sex, birth date, age and retirement month read-only as soon as the ID is valid', async () => {
    setup();
    await openCreate();
    await userEvent.click(within(drawer()).getByLabelText('公民身份号码'));
    await userEvent.paste(ID_ABDU.toLowerCase());

    const facts = await within(drawer()).findByText('2000-02-29', {}, { timeout: 5000 });
    // VR-01: the check character shows upper-case as typed.
    expect(within(drawer()).getByLabelText('公民身份号码')).toHaveValue(ID_ABDU);
    const box = within(drawer()).getByLabelText('由公民身份号码得出');
    expect(box).toContainElement(facts);
    expect(within(box).getByText('男')).toBeInTheDocument();
    // Born 2000-02-29: on 2025-03-15 the birthday (1 March in a non-leap year) has passed.
    expect(within(box).getByText('25岁')).toBeInTheDocument();
    expect(within(box).getByText('2063-02（63岁）')).toBeInTheDocument();
    expect(within(itemOf('公民身份号码')).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('VR-01: a valid ID from outside Xinjiang says 户籍非新疆 under the field of a new person', async () => {
    setup();
    await openCreate();
    await userEvent.click(within(drawer()).getByLabelText('公民身份号码'));
    await userEvent.paste(makeId('110101', '19900307', '123'));

    expect(await within(itemOf('公民身份号码')).findByText('户籍非新疆', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(within(drawer()).getByLabelText('由公民身份号码得出')).toHaveTextContent('1990-03-07');
  });

  it('VR-02: a 15-digit ID is refused as such; 转换为18位 puts the converted number in only when clicked', async () => {
    const { callsTo } = setup();
    await openCreate();
    const field = within(drawer()).getByLabelText('公民身份号码');
    await userEvent.type(field, '653121000229109'); // ID_ABDU's first-generation form … born 1900-02-29: no such date
    await userEvent.tab();
    expect(
      await within(itemOf('公民身份号码')).findByText(
        `${LEGACY_ID_MESSAGE}（该号码无法转换为18位：公民身份号码中的出生日期（1900-02-29）无效）`,
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(within(itemOf('公民身份号码')).queryByRole('button', { name: '转换为18位' })).not.toBeInTheDocument();

    const legacy = `${ID_GULI.slice(0, 6)}${ID_GULI.slice(8, 17)}`;
    await retype(field, legacy);
    await userEvent.tab();
    expect(
      await within(itemOf('公民身份号码')).findByText(LEGACY_ID_MESSAGE, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(within(itemOf('公民身份号码')).getByText(ID_GULI)).toBeInTheDocument();
    // Shown, not applied: the field keeps what was typed and nothing is derived from it.
    expect(field).toHaveValue(legacy);
    expect(within(drawer()).queryByText('1984-10-15')).not.toBeInTheDocument();
    await userEvent.click(within(drawer()).getByRole('button', { name: '保存' }));
    expect(await within(itemOf('姓名')).findByText('请填写姓名', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(callsTo('persons.create')).toHaveLength(0);
    expect(field).toHaveValue(legacy);

    await userEvent.click(within(itemOf('公民身份号码')).getByRole('button', { name: '转换为18位' }));
    expect(field).toHaveValue(ID_GULI);
    expect(await within(drawer()).findByText('1984-10-15', {}, { timeout: 5000 })).toBeInTheDocument();
    await waitFor(() => expect(within(itemOf('公民身份号码')).queryByText(LEGACY_ID_MESSAGE)).not.toBeInTheDocument());
    expect(within(itemOf('公民身份号码')).queryByRole('button', { name: '转换为18位' })).not.toBeInTheDocument();
  });

  it('moves field to field with Tab, past the clear button of a filled select', async () => {
    setup();
    await openCreate();
    await pick('文化程度', '初中');
    expect(within(itemOf('文化程度')).getByText('初中')).toBeInTheDocument();
    await userEvent.tab();
    expect(within(drawer()).getByLabelText('联系电话')).toHaveFocus();
  });

  it('opens the existing person on a CONFLICT naming it, instead of creating a duplicate', async () => {
    const { callsTo } = setup({
      'persons.create': () =>
        failed(
          'CONFLICT',
          '该公民身份号码已登记为“阿不都热合曼·买买提”，请打开已有人员',
          { idNumber: '该公民身份号码已登记为“阿不都热合曼·买买提”，请打开已有人员' },
          { existingId: 'p1', deleted: false },
        ),
    });
    await openCreate();
    // The name first: a registered ID found while typing only opens the person by itself on an untouched form.
    await fillIn(within(drawer()).getByLabelText('姓名'), '阿不都热合曼.买买提');
    await userEvent.click(within(drawer()).getByLabelText('公民身份号码'));
    await userEvent.paste(ID_ABDU);
    await pick('民族', '维吾尔');
    await pick('常住地村(社区)', '阿亚格');
    await userEvent.keyboard('{Control>}s{/Control}');

    expect(await screen.findByText('人员页 p1', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('该公民身份号码已登记为“阿不都热合曼·买买提”，已为您打开该人员')).toBeInTheDocument();
    expect(callsTo('persons.create')).toEqual([
      expect.objectContaining({
        idNumber: ID_ABDU,
        name: '阿不都热合曼.买买提',
        ethnicity: '05',
        residenceRegionId: 'v1',
        employmentStatus: '10',
      }),
    ]);
    await waitFor(() => expect(queryDialogTitled('新增人员')).toBeNull());
  });
});

describe('人员表单: focus after a save (issue 18)', { timeout: 90_000 }, () => {
  it('Ctrl+Enter saves and opens a fresh form on 公民身份号码; Enter saves, closes and puts the focus on 新增', async () => {
    const { callsTo } = setup({ 'persons.create': () => ok({ person: ABDU, warnings: {} }) });
    async function fill(name: string, id: string) {
      await waitFor(() => expect(within(drawer()).getByLabelText('公民身份号码')).toHaveFocus());
      await userEvent.paste(id);
      await userEvent.type(within(drawer()).getByLabelText('姓名'), name);
      await pick('民族', '维吾尔');
      await pick('常住地村(社区)', '阿亚格');
    }
    await openCreate();
    expect(within(drawer()).getByText(/Ctrl\+Enter 保存并新增/)).toBeInTheDocument();
    await fill('阿不都热合曼', ID_ABDU);
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(callsTo('persons.create')).toHaveLength(1));
    // A fresh, empty form for the next person, the focus on its first field.
    await waitFor(() => expect(within(drawer()).getByLabelText('姓名')).toHaveValue(''));
    const second = makeId('653121', '19900101', '123');
    await fill('艾力', second);
    await userEvent.type(within(drawer()).getByLabelText('姓名'), '{Enter}');
    await waitFor(() => expect(callsTo('persons.create')).toHaveLength(2));
    expect(callsTo('persons.create')[1]).toMatchObject({ idNumber: second, name: '艾力' });
    await waitFor(() => expect(queryDialogTitled('新增人员')).toBeNull());
    await waitFor(() => expect(screen.getByRole('button', { name: '新增' })).toHaveFocus());
  });

  it('the 保存并新增 button does the same as Ctrl+Enter', async () => {
    const { callsTo } = setup({ 'persons.create': () => ok({ person: ABDU, warnings: {} }) });
    await openCreate();
    await userEvent.click(within(drawer()).getByLabelText('公民身份号码'));
    await userEvent.paste(ID_ABDU);
    await userEvent.type(within(drawer()).getByLabelText('姓名'), '阿不都热合曼');
    await pick('民族', '维吾尔');
    await pick('常住地村(社区)', '阿亚格');
    await userEvent.click(within(drawer()).getByRole('button', { name: '保存并新增' }));
    await waitFor(() => expect(callsTo('persons.create')).toHaveLength(1));
    await waitFor(() => expect(within(drawer()).getByLabelText('公民身份号码')).toHaveValue(''));
    await waitFor(() => expect(within(drawer()).getByLabelText('公民身份号码')).toHaveFocus());
  });
});

describe('人员表单 (编辑)', { timeout: 60_000 }, () => {
  it('puts a server field message under its field and keeps the masked numbers', async () => {
    const { callsTo } = setup({
      'persons.list': () =>
        ok({
          items: [
            { ...ABDU, idNumberMasked: ABDU.idNumberMasked, phoneMasked: '138****2345', villageName: '阿亚格曼干村' },
          ],
          total: 1,
        }),
      'persons.get': () => ok(ABDU),
      'persons.update': () =>
        failed('BAD_INPUT', '输入有误：“阿亚格曼干村”已撤销，请选择现行的村(社区)', {
          residenceRegionId: '“阿亚格曼干村”已撤销，请选择现行的村(社区)',
        }),
    });
    await userEvent.click(await screen.findByRole('button', { name: '编辑' }, { timeout: 5000 }));
    const dialog = await findDrawer(`编辑人员：${ABDU.name}`);
    expect(within(dialog).getByLabelText('公民身份号码')).toHaveValue(ABDU.idNumberMasked);
    expect(within(dialog).getByRole('button', { name: '修改号码' })).toBeInTheDocument();
    expect(within(dialog).getByLabelText('社保卡金融账户/银行卡号')).toHaveValue('**** 1234');

    const phone = within(dialog).getByLabelText('联系电话');
    await retype(phone, '0998-612{Enter}');

    // The form label 常住地 names the pair of selects (乡镇 and 村); the village's message stands under the pair.
    const village = fieldItem('常住地', dialog);
    expect(village).toContainElement(within(dialog).getByRole('combobox', { name: '常住地村(社区)' }));
    expect(
      await within(village).findByText('“阿亚格曼干村”已撤销，请选择现行的村(社区)', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    const sent = callsTo('persons.update')[0] as Record<string, unknown>;
    expect(sent).toMatchObject({
      id: 'p1',
      expectedUpdatedAt: ABDU.updatedAt,
      phone: '0998-612',
      residenceRegionId: 'v1',
    });
    expect(sent.idNumber).toBeUndefined();
    expect(sent.bankCardNo).toBeUndefined();
    expect(sent.householdMembers).toEqual([
      {
        id: 'm1',
        memberName: '阿依古丽',
        memberIdNumber: undefined,
        relation: '配偶',
        status: '务农',
        worksAgeAble: true,
      },
    ]);
    // A phone in an unusual format only warns (VR-04).
    expect(within(fieldItem('联系电话', dialog)).getByText('联系电话格式不常见，请核对')).toBeInTheDocument();
  });

  it('keeps the typed change when another tab saved first: 重新载入并保留我的修改 (audit8 gap 10)', async () => {
    const NEWER = { ...ABDU, address: '5组1号', updatedAt: '2026-12-07T09:00:00.000Z' };
    let conflicted = false;
    const { callsTo } = setup({
      'persons.list': () =>
        ok({
          items: [{ ...ABDU, phoneMasked: '138****2345', villageName: '阿亚格曼干村' }],
          total: 1,
        }),
      'persons.get': () => ok(conflicted ? NEWER : ABDU),
      'persons.update': () => {
        if (conflicted) return ok({ person: { ...NEWER, phone: '0998-612' }, warnings: {} });
        conflicted = true;
        return failed('CONFLICT', '该人员信息已被他人修改，请刷新后再改');
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: '编辑' }, { timeout: 5000 }));
    const dialog = await findDrawer(`编辑人员：${ABDU.name}`);
    await retype(within(dialog).getByLabelText('联系电话'), '0998-612{Enter}');
    await userEvent.click(await within(dialog).findByRole('button', { name: RELOAD_KEEPING }, { timeout: 5000 }));
    expect(await within(dialog).findByText(keptMessage(1))).toBeInTheDocument();
    expect(within(dialog).getByLabelText('详细地址')).toHaveValue('5组1号'); // the other tab's save
    expect(within(dialog).getByLabelText('联系电话')).toHaveValue('0998-612'); // the clerk's typing
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(callsTo('persons.update')).toHaveLength(2));
    expect(callsTo('persons.update')[1]).toMatchObject({
      id: ABDU.id,
      expectedUpdatedAt: NEWER.updatedAt,
      phone: '0998-612',
      address: '5组1号',
    });
  });
});
