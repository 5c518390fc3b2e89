import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { WorklistTable } from '../../renderer/src/features/registrations/WorklistTable';
import type { WorklistItem } from '../../shared/contract/contact-worklists';
import { SETTINGS, createFakeApi } from './fake-api';
import { renderWithApp } from './render';

// 6个月未联系 (audit6 gap 11): the months column counts months since the last SUCCESSFUL contact — a person refused
// 6 days ago still has 30 — so its title says 未成功联系月数, beside 最近成功联系 从未.

const ITEM: WorklistItem = {
  registrationId: 'r1',
  personId: 'p1',
  name: '阿依提·阿依别克',
  sex: '2',
  idNumberMasked: '653121********1522',
  phoneMasked: '177****5212',
  townshipName: '乌帕尔镇',
  villageName: '英阿瓦提村',
  responsibleStaff: '布阿依谢姆·买买提明',
  regDate: '2024-06-03',
  lastContactDate: '2026-12-01',
  lastContactResult: '3',
  nextContactDate: null,
  monthContacts: 1,
  monthSuccessful: 0,
  minPerMonth: 1,
  townshipId: 't1',
  villageId: 'v1',
  serviceLevel: 'C',
  isDifficult: false,
  lastSuccessfulContactDate: null,
  dueDate: null,
  overdue: false,
  monthsWithoutContact: 30,
  suggestedCancelReason: 'C11',
};

describe('6个月未联系 columns', () => {
  it('names the months column 未成功联系月数', async () => {
    const fake = createFakeApi({});
    renderWithApp(
      <WorklistTable
        kind="lostContact"
        items={[ITEM]}
        total={1}
        loading={false}
        params={{ month: '2026-12', list: 'lostContact', groupBy: 'place', page: 1, pageSize: 20 }}
        onPageChange={vi.fn()}
        onView={vi.fn()}
        onContact={vi.fn()}
        onCancel={vi.fn()}
      />,
      { api: fake.api, settings: SETTINGS },
    );
    const header = await screen.findByRole('columnheader', { name: '未成功联系月数' });
    expect(header).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: '未联系月数' })).toBeNull();
    const row = screen.getByText('阿依提·阿依别克').closest('tr')!;
    expect(within(row).getByText('30 个月')).toBeInTheDocument();
    expect(within(row).getByText('从未')).toBeInTheDocument();
  });
});
