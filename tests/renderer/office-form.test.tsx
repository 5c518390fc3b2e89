import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OfficeForm } from '../../renderer/src/features/settings/OfficeForm';
import type { AppSettings } from '../../shared/contract/settings';
import { SETTINGS, createFakeApi, failed, ok } from './fake-api';
import { fieldItem } from './queries';
import { renderWithApp } from './render';

const NO_OFFICE: AppSettings = { office: null };
const fieldOf = (label: string) => fieldItem(label);

async function fillOffice() {
  await userEvent.type(screen.getByLabelText('单位名称'), '和田县就业服务中心');
  await userEvent.type(screen.getByLabelText('县(市、区)名称'), '和田县');
  await userEvent.type(screen.getByLabelText('区划代码'), '653221');
}

describe('设置 → 单位信息', () => {
  it('shows the server field error under 区划代码', async () => {
    const { api, callsTo } = createFakeApi({
      'settings.setOffice': () =>
        failed('BAD_INPUT', '输入有误：区划代码不是本地区的县级代码', { countyCode: '区划代码不是本地区的县级代码' }),
    });
    renderWithApp(<OfficeForm active />, { api, settings: NO_OFFICE });
    expect(screen.getByText('请先填写单位信息')).toBeInTheDocument();

    await fillOffice();
    await userEvent.click(screen.getByRole('button', { name: '保存' }));

    expect(await within(fieldOf('区划代码')).findByText('区划代码不是本地区的县级代码')).toBeInTheDocument();
    expect(within(fieldOf('单位名称')).queryByRole('alert')).not.toBeInTheDocument();
    expect(callsTo('settings.setOffice')).toEqual([
      { name: '和田县就业服务中心', countyName: '和田县', countyCode: '653221' },
    ]);
  });

  it('checks the code with the contract schema before calling the core', async () => {
    const { api, callsTo } = createFakeApi({});
    renderWithApp(<OfficeForm active />, { api, settings: NO_OFFICE });

    await userEvent.type(screen.getByLabelText('区划代码'), '650000');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));

    expect(await within(fieldOf('单位名称')).findByText('请填写单位名称')).toBeInTheDocument();
    expect(within(fieldOf('区划代码')).getByText(/第5–6位不能为 00/)).toBeInTheDocument();
    expect(callsTo('settings.setOffice')).toHaveLength(0);
  });

  it('saves with Ctrl+S, says 已保存 and passes the new settings to the shell', async () => {
    const saved: AppSettings = {
      ...NO_OFFICE,
      office: { name: '和田县就业服务中心', countyName: '和田县', countyCode: '653221000000' },
    };
    const { api, callsTo } = createFakeApi({ 'settings.setOffice': () => ok(saved) });
    const { setSettings } = renderWithApp(<OfficeForm active />, { api, settings: NO_OFFICE });

    await fillOffice();
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });

    expect(await screen.findByText('已保存')).toBeInTheDocument();
    expect(callsTo('settings.setOffice')).toHaveLength(1);
    expect(setSettings).toHaveBeenCalledWith(saved);
  });

  it('shows the stored office with its 6-digit county code', () => {
    const { api } = createFakeApi({});
    renderWithApp(<OfficeForm active={false} />, { api, settings: SETTINGS });
    expect(screen.getByLabelText('单位名称')).toHaveValue('和田县就业服务中心');
    expect(screen.getByLabelText('区划代码')).toHaveValue('653221');
    expect(screen.queryByText('请先填写单位信息')).not.toBeInTheDocument();
  });
});

describe('Ctrl+S only on the visible tab', () => {
  it('does nothing when the form is not active', async () => {
    const { api, callsTo } = createFakeApi({});
    renderWithApp(<OfficeForm active={false} />, { api, settings: SETTINGS });
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await waitFor(() => expect(callsTo('settings.setOffice')).toHaveLength(0));
  });
});
