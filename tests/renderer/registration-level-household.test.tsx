import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ContactRules } from '../../shared/contract/registrations';
import { RegistrationDrawer } from '../../renderer/src/features/registrations/RegistrationDrawer';
import { SETTINGS, createFakeApi, ok } from './fake-api';
import { ABDU } from './person-fixtures';
import { renderWithApp } from './render';

// BR-09 at registration: the suggestion the form shows is the core's, including 零就业家庭成员 (BR-15 on the
// household members recorded on the person).

const RULES: ContactRules = {
  minPerMonth: { A: 2, B: 1, C: 1 },
  lostContactMonths: 3,
  zeroHouseholdLostContactMonths: 3,
  longTermMonths: 6,
  firstContactWorkingDays: 5,
  holidays: [],
  workdays: [],
};
const PLAIN = { ...ABDU, isDifficult: false, povertyStatus: '0' };
const SPOUSE = ABDU.householdMembers[0];

function open(person: typeof ABDU) {
  const fake = createFakeApi({ 'registrations.rules': () => ok(RULES) });
  renderWithApp(<RegistrationDrawer person={person} onClose={vi.fn()} onSaved={vi.fn()} />, {
    api: fake.api,
    settings: SETTINGS,
  });
}

describe('新增失业登记: BR-09 suggestion for a zero-employment household', { timeout: 60_000 }, () => {
  it.each([
    ['every working-age member without work', [{ ...SPOUSE, status: '失业' }], 'A 重点帮扶（零就业家庭成员）'],
    ['a working-age member at work', [{ ...SPOUSE, status: '务工' }], 'C 常规服务（无重点帮扶或关注服务情形）'],
  ])('%s', async (_what, householdMembers, shown) => {
    open({ ...PLAIN, householdMembers });
    expect(await screen.findByText(`建议：${shown}。不按建议时请填写调整原因。`)).toBeInTheDocument();
  });
});
