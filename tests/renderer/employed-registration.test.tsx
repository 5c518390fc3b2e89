import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { InternListTab } from '../../renderer/src/features/internships/InternListTab';
import { ok } from './fake-api';
import { ABDU } from './person-fixtures';
import { CANCEL_AS_EMPLOYED, REG, REG_ID } from './contact-fixtures';
import { INTERN_BASE, INTERNSHIP } from './internship-fixtures';
import { dialogTitled, fieldItem, onlyCallTo, retype } from './queries';
import { renderWithFakeApi } from './render';
import { pick } from './training-scene';
import { showRegistrationTab } from './registration-tab';

// BR-08 / VR-13: a person who has work keeps no open unemployment registration. After an internship ends with 留用
// the registration is offered for cancellation as after a placement; the person page's registration card warns while
// one stays open for a person who is 单位就业 or 自主创业. INFO.today is 2025-03-15.

const RUNNING = { ...INTERNSHIP, personId: ABDU.id, agreementStart: '2024-10-01', agreementEnd: '2025-06-30' };
const RETAINED = {
  ...RUNNING,
  status: 'ended' as const,
  endDate: '2025-03-15',
  endType: '3',
  endTypeLabel: '提前留用(签劳动合同)',
  retained: true,
  retainedDate: '2025-03-16',
  contractYears: 2,
};
const WARNED = { registration: '该人员有有效的失业登记（2025-03-03 登记），留用后请按规定办理注销失业登记' };

function endOnList(warnings: Record<string, string>) {
  return renderWithFakeApi(
    <InternListTab onChanged={vi.fn()} />,
    {
      'internships.list': () => ok({ items: [RUNNING], total: 1 }),
      'employers.list': () => ok({ items: [INTERN_BASE], total: 1 }),
      'internships.end': () => ok({ ...RETAINED, warnings }),
      ...CANCEL_AS_EMPLOYED,
    },
    { route: '/internships/interns' },
  );
}

async function endRetained() {
  const table = screen.getByRole('table', { name: '见习人员列表' });
  const row = (await within(table).findByText(RUNNING.personName)).closest('tr') as HTMLElement;
  await userEvent.click(within(row).getByRole('button', { name: '结束见习' }));
  const modal = await waitFor(() => dialogTitled(`结束见习：${RUNNING.personName}`));
  await pick(within(modal).getByRole('combobox', { name: '结束方式' }), '提前留用');
  await retype(within(modal).getByLabelText('留用日期'), '2025-03-16');
  await userEvent.type(within(modal).getByLabelText('留用合同年限(年)'), '2');
  await userEvent.click(within(modal).getByRole('button', { name: '保存' }));
}

describe('an employed person and an open unemployment registration (BR-08, VR-13)', { timeout: 60_000 }, () => {
  it('结束见习 with 留用 offers to cancel the registration: one click, 被用人单位录用, on the 留用日期 (today at the latest)', async () => {
    const fake = endOnList(WARNED);
    await endRetained();
    expect(await onlyCallTo(fake.callsTo, 'internships.end')).toMatchObject({
      endType: '3',
      retained: true,
      contractYears: 2,
    });
    const offer = await waitFor(() => dialogTitled('见习留用：请注销失业登记'));
    expect(await within(offer).findByText(/2025-03-03 登记的有效失业登记/)).toHaveTextContent(
      '留用后应注销：注销日期 2025-03-15，注销原因“被用人单位录用”',
    );
    await userEvent.click(within(offer).getByRole('button', { name: '注销失业登记' }));
    await waitFor(() =>
      expect(fake.callsTo('registrations.cancel')).toEqual([
        { id: REG_ID, cancelDate: '2025-03-15', cancelReason: 'C01', cancelNote: '就业见习留用' },
      ]),
    );
    expect(await screen.findByText(/已注销“.+”的失业登记，就业状态改为“单位就业”/)).toBeInTheDocument();
  });

  it('no offer when the end leaves no registration open', async () => {
    const fake = endOnList({});
    await endRetained();
    await waitFor(() => expect(fake.callsTo('internships.end')).toHaveLength(1));
    expect(await screen.findByText(/已结束见习：/)).toBeInTheDocument();
    expect(screen.queryByText('见习留用：请注销失业登记')).not.toBeInTheDocument();
    expect(fake.callsTo('registrations.listByPerson')).toEqual([]);
  });

  it('the registration card warns while an active registration stays open for a 单位就业 person, and its 注销失业登记 starts with 被用人单位录用', async () => {
    const card = await showRegistrationTab(REG, { ...ABDU, employmentStatus: '21' });
    const warning = within(card).getByRole('alert');
    expect(warning).toHaveTextContent(
      '该人员现为“单位就业”，失业登记仍然有效，请注销失业登记（注销原因：被用人单位录用）',
    );
    await userEvent.click(within(warning).getByRole('button', { name: '注销失业登记' }));
    const modal = await screen.findByRole('dialog');
    expect(fieldItem('注销原因', modal)).toHaveTextContent('被用人单位录用');
  });

  it('no warning for an unemployed person', async () => {
    const card = await showRegistrationTab(REG);
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('no warning on a cancelled registration of a 单位就业 person', async () => {
    const cancelled = { ...REG, status: 'cancelled' as const, cancelDate: '2025-03-12', cancelReason: 'C01' as const };
    const card = await showRegistrationTab(cancelled, { ...ABDU, employmentStatus: '21' });
    expect(within(card).getByText('注销日期')).toBeInTheDocument();
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument();
  });
});
