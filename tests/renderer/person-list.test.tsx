import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { rememberListSearch } from '../../renderer/src/features/persons/list-params';
import type { PersonListInput } from '../../shared/contract/persons';
import { failed, ok, type FakeHandlers } from './fake-api';
import { ID_ABDU, ID_GULI, listItem } from './person-fixtures';
import { resetsToFirstPage, selectShown } from './queries';
import { renderPersonListPage } from './person-list-page';
import { confirmedCall } from './record-removal';

const ABDU = listItem({ id: 'p1', name: '阿不都热合曼·买买提', isDifficult: true });
const GULI = listItem({
  id: 'p2',
  name: '古丽尼格尔·艾合买提',
  sex: '2',
  birthDate: '1984-10-15',
  age: 40,
  idNumberMasked: '653121********0246',
  phoneMasked: null,
  villageName: '幸福路社区',
  employmentStatus: '22',
});

const setup = (route = '/persons', handlers: FakeHandlers = {}) =>
  renderPersonListPage(
    {
      'persons.list': (i) => ok(i.deleted ? { items: [], total: 0 } : { items: [ABDU, GULI], total: 2 }),
      ...handlers,
    },
    route,
  );

const table = () => screen.getByRole('table', { name: '人员列表' });
const rowOf = (name: string) => within(table()).getByText(name).closest('tr') as HTMLElement;
const lastList = (calls: unknown[]) => calls[calls.length - 1] as PersonListInput;

beforeEach(() => rememberListSearch(''));

describe('人员信息 list', () => {
  it('shows masked IDs and phones, labels instead of codes, flags and the count', async () => {
    setup();
    expect(await within(table()).findByText('阿不都热合曼·买买提')).toBeInTheDocument();
    const abdu = rowOf('阿不都热合曼·买买提');
    expect(within(abdu).getByText('653121********109X')).toBeInTheDocument();
    expect(within(abdu).getByText('138****2345')).toBeInTheDocument();
    expect(within(abdu).getByText('维吾尔族')).toBeInTheDocument();
    expect(within(abdu).getByText('男')).toBeInTheDocument();
    expect(within(abdu).getByText('失业(未就业)')).toBeInTheDocument();
    expect(within(abdu).getByText('就业困难人员')).toBeInTheDocument();
    expect(within(abdu).getByText('乌帕尔镇 阿亚格曼干村')).toBeInTheDocument();
    expect(within(rowOf('古丽尼格尔·艾合买提')).getByText('灵活就业')).toBeInTheDocument();
    // 出生日期 and the age stay on one line, under a header that does not wrap either.
    const born = within(rowOf('古丽尼格尔·艾合买提')).getByText('1984-10-15', { exact: false }).closest('td');
    expect(born).toHaveStyle({ whiteSpace: 'nowrap' });
    const header = within(table()).getByRole('columnheader', { name: /出生日期\(年龄\)/ });
    expect(header).toHaveStyle({ whiteSpace: 'nowrap' });
    expect(screen.getByRole('status')).toHaveTextContent('共 2 人');
    expect(document.body.textContent).not.toContain(ID_ABDU);
    expect(document.body.textContent).not.toContain(ID_GULI);
  });

  it('shows an estimated total as 约 … 人 and asks for the exact count on 点击获取精确数 (issue 13)', async () => {
    const { callsTo } = setup('/persons', {
      'persons.list': (i) =>
        ok(
          i.exactTotal
            ? { items: [ABDU, GULI], total: 498_731, estimated: false }
            : { items: [ABDU, GULI], total: 500_000, estimated: true },
        ),
    });
    await within(table()).findByText('阿不都热合曼·买买提');
    expect(screen.getByRole('status')).toHaveTextContent('约 500,000 人，');
    expect(lastList(callsTo('persons.list')).exactTotal).toBeUndefined();
    await userEvent.click(screen.getByRole('button', { name: '点击获取精确数' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('共 498731 人'));
    expect(lastList(callsTo('persons.list')).exactTotal).toBe(true);
    expect(screen.queryByRole('button', { name: '点击获取精确数' })).toBeNull();
  });

  it('sends the filters in the address to persons.list', async () => {
    const { callsTo } = setup(
      '/persons?town=t1&village=v1&eth=05&sex=2&ageMin=30&ageMax=50&status=10&difficult=1&sort=birthDate.asc&page=2&size=50',
    );
    await within(table()).findByText('阿不都热合曼·买买提');
    expect(callsTo('persons.list')[0]).toEqual({
      townshipId: 't1',
      villageId: 'v1',
      ethnicity: '05',
      sex: '2',
      ageMin: 30,
      ageMax: 50,
      employmentStatus: '10',
      isDifficult: true,
      sort: { field: 'birthDate', order: 'asc' },
      page: 2,
      pageSize: 50,
    });
    expect(selectShown(screen.getByRole('combobox', { name: '民族' }))).toHaveTextContent('维吾尔族');
    expect(selectShown(screen.getByRole('combobox', { name: '村(社区)' }))).toHaveTextContent('阿亚格曼干村');
    expect(screen.getByRole('checkbox', { name: '就业困难人员' })).toBeChecked();
  });

  it('searches after a pause in typing, ticks flags, and resets', async () => {
    const { callsTo } = setup();
    await within(table()).findByText('阿不都热合曼·买买提');
    await userEvent.type(screen.getByRole('searchbox', { name: '搜索' }), '109X');
    await waitFor(() => expect(lastList(callsTo('persons.list'))).toMatchObject({ q: '109X', page: 1 }));
    // A request after a pause, not one per key (a loaded machine may pause the typing itself once).
    expect(callsTo('persons.list').filter((c) => (c as PersonListInput).q).length).toBeLessThan('109X'.length);

    await userEvent.click(screen.getByRole('checkbox', { name: '公益性岗位在岗' }));
    await waitFor(() => expect(lastList(callsTo('persons.list'))).toMatchObject({ q: '109X', onPost: true }));
    await userEvent.click(screen.getByRole('switch', { name: '已删除' }));
    await waitFor(() => expect(lastList(callsTo('persons.list'))).toMatchObject({ deleted: true }));
    expect(await screen.findByText('没有已删除的人员')).toBeInTheDocument();

    await resetsToFirstPage(callsTo, 'persons.list');
    expect(screen.getByRole('searchbox', { name: '搜索' })).toHaveValue('');
  });

  it('shows the full ID from persons.revealId in place', async () => {
    const { callsTo } = setup('/persons', { 'persons.revealId': () => ok({ idNumber: ID_ABDU }) });
    await within(table()).findByText('阿不都热合曼·买买提');
    await userEvent.click(within(rowOf('阿不都热合曼·买买提')).getByRole('button', { name: '显示完整号码' }));

    expect(await within(rowOf('阿不都热合曼·买买提')).findByText(ID_ABDU)).toBeInTheDocument();
    expect(callsTo('persons.revealId')).toEqual([{ id: 'p1' }]);
    expect(within(rowOf('古丽尼格尔·艾合买提')).getByText('653121********0246')).toBeInTheDocument();
    await userEvent.click(within(rowOf('阿不都热合曼·买买提')).getByRole('button', { name: '隐藏完整号码' }));
    expect(within(rowOf('阿不都热合曼·买买提')).queryByText(ID_ABDU)).not.toBeInTheDocument();
  });

  it('asks before deleting, naming the person', async () => {
    const { callsTo } = setup('/persons', {
      'persons.delete': (i) => ok({ id: i.id }),
      'persons.restore': (i) => ok({ id: i.id }),
    });
    await within(table()).findByText('阿不都热合曼·买买提');
    await userEvent.click(within(rowOf('古丽尼格尔·艾合买提')).getByRole('button', { name: '删除' }));
    await confirmedCall(callsTo, {
      question: '确定删除“古丽尼格尔·艾合买提”吗？删除后可在“已删除”中恢复。',
      button: '删除',
      channel: 'persons.delete',
      input: { id: 'p2' },
    });
    expect(await screen.findByText('已删除“古丽尼格尔·艾合买提”')).toBeInTheDocument();
  });

  it('offers 恢复 instead of 编辑/删除 in the 已删除 view', async () => {
    const { callsTo } = setup('/persons?deleted=1', {
      'persons.list': (i) => ok(i.deleted ? { items: [GULI], total: 1 } : { items: [ABDU], total: 1 }),
      'persons.restore': (i) => ok({ id: i.id }),
    });
    const row = (await within(table()).findByText('古丽尼格尔·艾合买提')).closest('tr') as HTMLElement;
    expect(within(row).queryByRole('button', { name: '编辑' })).not.toBeInTheDocument();
    await userEvent.click(within(row).getByRole('button', { name: '恢复' }));
    // Restoring asks first and names the record (it counts again in lists and reports).
    await confirmedCall(callsTo, {
      question: '确定恢复“古丽尼格尔·艾合买提”吗？恢复后重新计入列表和报表。',
      button: '恢复',
      channel: 'persons.restore',
      input: { id: 'p2' },
    });
    expect(await screen.findByText('已恢复“古丽尼格尔·艾合买提”')).toBeInTheDocument();
  });

  it('sorts on the server when a column header is clicked', async () => {
    const { callsTo } = setup();
    await within(table()).findByText('阿不都热合曼·买买提');
    await userEvent.click(within(table()).getByRole('columnheader', { name: /姓名/ }));
    await waitFor(() =>
      expect(lastList(callsTo('persons.list'))).toMatchObject({ sort: { field: 'name', order: 'asc' }, page: 1 }),
    );
    // The table blocks clicks while it reloads (busy, under antd's loading blur); a clerk clicks again once it has loaded.
    await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull());
    await userEvent.click(within(table()).getByRole('columnheader', { name: /公民身份号码/ }));
    await waitFor(() =>
      expect(lastList(callsTo('persons.list'))).toMatchObject({ sort: { field: 'idNumber', order: 'asc' } }),
    );
  });

  it('opens a person with 查看 and keeps the filters for the way back', async () => {
    setup('/persons?q=%E5%8F%A4%E4%B8%BD&page=1');
    await within(table()).findByText('阿不都热合曼·买买提');
    await userEvent.click(within(rowOf('阿不都热合曼·买买提')).getByRole('button', { name: '查看' }));
    expect(await screen.findByText('人员页 p1')).toBeInTheDocument();
  });

  it('warns when the places cannot be read, naming the reason, and still lists the persons', async () => {
    setup('/persons', { 'regions.list': () => failed('INTERNAL', '数据库忙，请稍后重试') });
    expect(await screen.findByText('乡镇(街道)、村(社区)未能读取：数据库忙，请稍后重试')).toBeInTheDocument();
    expect(await within(table()).findByText('阿不都热合曼·买买提')).toBeInTheDocument();
  });
});
