import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LeaveModal } from '../../renderer/src/features/posts/LeaveModal';
import { ExitModal } from '../../renderer/src/features/recognitions/ExitModal';
import { SETTINGS, createFakeApi, failed, ok } from './fake-api';
import { renderWithApp } from './render';

// 离岗 (BR-22) and 退出认定 (BR-14) share one modal (EndingModal): today's date (INFO.today 2025-03-15), the reason a
// work list suggests, a note; the write gets `{ id, ...values }` and its refusals land under the fields.

const ID = '01900000-0000-7000-8000-0000000000c1';

describe('ending modals', { timeout: 60_000 }, () => {
  it('离岗 sends today, the suggested reason and the note, then tells when the vacancy report is due', async () => {
    const fake = createFakeApi({
      'placements.leave': () =>
        ok({
          personName: '古丽',
          leaveDate: '2025-03-15',
          vacancyReportDueDate: '2025-03-25',
          vacancyReportLate: false,
          attendance: { changed: null, kept: null },
        }),
    });
    const onLeft = vi.fn();
    renderWithApp(
      <LeaveModal
        placement={{ id: ID, personName: '古丽', postTitle: '保洁员', startDate: '2024-01-01' }}
        reason="L02"
        onClose={vi.fn()}
        onLeft={onLeft}
      />,
      { api: fake.api, settings: SETTINGS },
    );
    const dialog = await screen.findByRole('dialog', { name: '离岗：古丽（保洁员）' });
    expect(within(dialog).getByText('上岗日期 2024-01-01')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('离岗说明'), '期满');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(onLeft).toHaveBeenCalled());
    expect(fake.callsTo('placements.leave')).toEqual([
      { id: ID, leaveDate: '2025-03-15', leaveReason: 'L02', leaveNote: '期满' },
    ]);
    expect(await screen.findByText(/空岗报告应于/)).toBeInTheDocument();
  });

  it('离岗 then shows what the leave did to the attendance: the months changed, and a warning for the months left', async () => {
    const kept = '2025年02月考勤已列入已审核的花名册，考勤未随之修改，如需更正，请在以后月份的补发/扣回花名册中办理';
    const fake = createFakeApi({
      'placements.leave': () =>
        ok({
          personName: '古丽',
          leaveDate: '2025-02-10',
          vacancyReportDueDate: '2025-02-20',
          vacancyReportLate: true,
          attendance: { changed: '已移除2025年03月考勤', kept },
        }),
    });
    renderWithApp(
      <LeaveModal
        placement={{ id: ID, personName: '古丽', postTitle: '保洁员', startDate: '2024-01-01' }}
        reason="L02"
        onClose={vi.fn()}
        onLeft={vi.fn()}
      />,
      { api: fake.api, settings: SETTINGS },
    );
    const dialog = await screen.findByRole('dialog', { name: '离岗：古丽（保洁员）' });
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('考勤：已移除2025年03月考勤。')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(`${kept}。`);
    expect(screen.getByText(/现已逾期，请尽快报送/)).toBeInTheDocument();
  });

  function renderExit(reason?: 'R01') {
    const fake = createFakeApi({
      'recognitions.exit': () => failed('RULE_VIOLATION', '退出日期有误', { exitDate: '退出日期不能早于认定日期' }),
    });
    const onDone = vi.fn();
    renderWithApp(
      <ExitModal
        recognition={{ id: ID, personName: '阿卜杜', recognitionDate: '2024-06-01' }}
        hint="已稳定就业"
        reason={reason}
        onClose={vi.fn()}
        onDone={onDone}
      />,
      { api: fake.api, settings: SETTINGS },
    );
    return { fake, onDone };
  }

  it('退出认定 shows the hint and the recognition date, and asks for the reason before sending', async () => {
    const { fake } = renderExit();
    const dialog = await screen.findByRole('dialog', { name: '退出认定：阿卜杜' });
    expect(within(dialog).getByText('记录显示：已稳定就业')).toBeInTheDocument();
    expect(within(dialog).getByText('认定日期 2024-06-01')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: '退出认定' }));
    expect(await within(dialog).findByText('请选择退出原因')).toBeInTheDocument();
    expect(fake.callsTo('recognitions.exit')).toEqual([]);
  });

  it('退出认定 with the suggested reason sends it, and a refusal stays in the modal under the date', async () => {
    const { fake, onDone } = renderExit('R01');
    const dialog = await screen.findByRole('dialog', { name: '退出认定：阿卜杜' });
    await userEvent.click(within(dialog).getByRole('button', { name: '退出认定' }));
    expect(await within(dialog).findByText('退出日期不能早于认定日期')).toBeInTheDocument();
    expect(fake.callsTo('recognitions.exit')).toEqual([
      { id: ID, exitDate: '2025-03-15', exitReason: 'R01', exitNote: '' },
    ]);
    expect(onDone).not.toHaveBeenCalled();
  });
});
