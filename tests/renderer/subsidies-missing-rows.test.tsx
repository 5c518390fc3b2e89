import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SubsidiesPage } from '../../renderer/src/features/subsidies/SubsidiesPage';
import { ACCOUNT, SETTINGS, createFakeApi, ok } from './fake-api';
import { renderWithApp } from './render';

// 公益性岗位补贴发放 (audit6): persons on post without a row of the generated month are named with what to do — a
// 乡镇经办 cannot run 生成考勤 (county-wide) and is told who can.

const line = (employerId: string, employerName: string, onPost: number, rows: number) => ({
  employerId,
  employerName,
  townshipName: '乌帕尔镇',
  onPost,
  rows,
  entered: 0,
  missing: rows,
  locked: 0,
});
const OVERVIEW = {
  month: '2025-03',
  employers: [line('e1', '乌帕尔镇物业公司', 2, 1), line('e2', '乌帕尔镇卫生院', 3, 3)],
  internships: { running: 0, rows: 0 },
  batches: [],
};

function renderPage(role: 'clerk' | 'admin') {
  const fake = createFakeApi({
    'subsidies.overview': () => ok(OVERVIEW),
    'regions.list': () => ok({ items: [] }),
  });
  const account = role === 'clerk' ? { ...ACCOUNT, role, townshipIds: ['t1'] } : ACCOUNT;
  renderWithApp(<SubsidiesPage />, { api: fake.api, settings: SETTINGS, account });
}

describe('persons on post without a row of the month', () => {
  const NAMED = '有 1 名在岗人员还没有本月考勤行：乌帕尔镇物业公司 1 人。';
  it.each([
    ['clerk', '请联系县级经办人员点“生成考勤”补齐。'],
    ['admin', '请点“生成考勤”补齐（已录入的考勤不变）。'],
  ] as const)('as %s: names who has none and what to do', async (role, act) => {
    renderPage(role);
    expect(await screen.findByText(`${NAMED}${act}`)).toBeInTheDocument();
  });
});
