import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HistoryEnrolment } from '../../shared/contract/contacts';
import { ContactHistory } from '../../renderer/src/features/registrations/ContactHistory';
import { CALL } from './contact-fixtures';
import { SETTINGS, createFakeApi, ok } from './fake-api';
import { renderWithApp } from './render';

// BR-39: a training enrolment of the person dated within the registration shows in its contact history, among the
// contacts by date and tagged 培训报名, without the contact's 修改/删除; a contact's 职业培训推荐 names its class.

const ENROLMENT: HistoryEnrolment = {
  enrolmentId: 'e1',
  classId: 'k1',
  classCode: 'PX2025-003',
  occupation: '电工',
  enrolDate: '2025-03-12',
  classStatus: '04',
  result: '1',
};

describe('联系记录: training enrolments (BR-39)', { timeout: 60_000 }, () => {
  it('lists the enrolment by its 报名日期 among the contacts, tagged 培训报名, read-only', async () => {
    const later = { ...CALL, id: 'c2', contactDate: '2025-03-14', updatedAt: '2025-03-14T03:00:00.000Z' };
    const fake = createFakeApi({
      'contacts.listByRegistration': () => ok({ items: [later, CALL] }),
      'contacts.enrolmentsByRegistration': () => ok({ items: [ENROLMENT] }),
    });
    renderWithApp(<ContactHistory registrationId="r1" onChanged={() => {}} />, { api: fake.api, settings: SETTINGS });
    const table = await screen.findByRole('table', { name: '联系记录' });
    const enrolment = await within(table).findByRole('row', { name: /培训报名/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('td')?.textContent)).toEqual(['2025-03-14', '2025-03-12', '2025-03-10']);
    expect(rows[1]).toBe(enrolment);
    expect(enrolment).toHaveTextContent(/2025-03-12\s*培训报名\s*结业 · 合格\s*培训班 PX2025-003 电工/);
    expect(within(enrolment).queryByRole('button')).toBeNull();
    expect(within(rows[0]).getByRole('button', { name: '修改' })).toBeInTheDocument();
    expect(fake.callsTo('contacts.enrolmentsByRegistration')).toEqual([{ registrationId: 'r1' }]);
  });
  it('shows what 更多 recorded: 建议注销 and its reason, 服务需求, 服务结果 and the class recommended', async () => {
    const recommended = { ...CALL, services: ['SV5' as const], trainingClassId: 'k2' };
    const fake = createFakeApi({
      'contacts.listByRegistration': () => ok({ items: [recommended] }),
      'contacts.enrolmentsByRegistration': () => ok({ items: [] }),
      'training.classes.get': () => ok({ id: 'k2', code: 'PX2025-007', occupation: '家政服务员' }),
    });
    renderWithApp(<ContactHistory registrationId="r1" onChanged={() => {}} />, { api: fake.api, settings: SETTINGS });
    const table = await screen.findByRole('table', { name: '联系记录' });
    const row = await within(table).findByRole('row', { name: /建议注销/ });
    expect(row).toHaveTextContent(/联系成功\s*建议注销：连续6个月未与公共就业服务机构联系/);
    expect(await within(row).findByText('推荐培训班：PX2025-007 家政服务员')).toBeInTheDocument();
    expect(row).toHaveTextContent(
      /培训推荐\s*推荐培训班：PX2025-007 家政服务员\s*服务需求：职业指导、创业服务\s*服务结果：已推荐培训/,
    );
    expect(fake.callsTo('training.classes.get')).toEqual([{ id: 'k2' }]);
  });
});
