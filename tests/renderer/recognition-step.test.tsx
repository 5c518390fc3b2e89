import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StepModal } from '../../renderer/src/features/recognitions/StepModal';
import type { RuleSettingsView } from '../../shared/contract/rule-settings';
import { RULE_SETTINGS, fromStored } from '../../shared/domain/rule-settings';
import { SETTINGS, createFakeApi, failed, ok } from './fake-api';
import { onlyCallTo, retype } from './queries';
import { renderWithApp } from './render';

// Issue 11: the village review's notice period is pre-filled from the notice-days setting in force on the notice
// start (CFG-12), as the core judges it, not a fixed 3 days. INFO.today is 2025-03-15.

const NOTICE: RuleSettingsView['items'][number]['history'] = [
  {
    effectiveFrom: '2025-03-10',
    values: { value: 7 },
    updatedAt: '2025-03-01 10:00:00',
    updatedBy: 'admin',
    note: null,
  },
  {
    effectiveFrom: '2024-01-01',
    values: { value: 5 },
    updatedAt: '2024-01-01 10:00:00',
    updatedBy: 'admin',
    note: null,
  },
];
const VIEW: RuleSettingsView = {
  items: RULE_SETTINGS.map((d) => ({
    key: d.key,
    inForce: { effectiveFrom: null, values: fromStored(d, null) },
    history: d.key === 'recognition.noticeDays' ? NOTICE : [],
  })),
  firstOpenDate: null,
};

describe('村(社区)初审 notice period', { timeout: 60_000 }, () => {
  it('ends the notice after the days in force on its start, follows a changed start, and keeps a typed end', async () => {
    const fake = createFakeApi({
      'ruleSettings.list': () => ok(VIEW),
      'recognitions.villageReview': () => failed('RULE_VIOLATION', '测试：不保存'),
    });
    renderWithApp(
      <StepModal kind="village" recognition={{ id: 'r1', personName: '阿不都' }} onClose={vi.fn()} onDone={vi.fn()} />,
      { api: fake.api, settings: SETTINGS },
    );
    const end = screen.getByLabelText('公示结束日期');
    await waitFor(() => expect(end).toHaveValue('2025-03-21'));
    expect(screen.getByText('公示期不少于7天（含首尾两天）')).toBeInTheDocument();

    const start = screen.getByLabelText('公示开始日期');
    await retype(start, '2025-03-05');
    await waitFor(() => expect(end).toHaveValue('2025-03-09'));
    expect(screen.getByText('公示期不少于5天（含首尾两天）')).toBeInTheDocument();

    await retype(end, '2025-03-20');
    await retype(start, '2025-03-12');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await onlyCallTo(fake.callsTo, 'recognitions.villageReview')).toMatchObject({
      id: 'r1',
      noticeStart: '2025-03-12',
      noticeEnd: '2025-03-20',
    });
  });
});
