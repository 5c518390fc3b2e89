import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AssessModal } from '../../renderer/src/features/posts/AssessModal';
import { RenewModal } from '../../renderer/src/features/posts/RenewModal';
import { renewTargetOfPlacement } from '../../renderer/src/features/posts/renew-target';
import type { PlacementDetail } from '../../shared/contract/placements';
import { SETTINGS, createFakeApi, failed, ok, type FakeHandlers } from './fake-api';
import { assessment, placement, ruralContractMonths } from './placement-fixtures';
import { SOON, chooseRadio, dialogTitled, fieldItem, retype } from './queries';
import { renderWithApp } from './render';

// 续签 (BR-23, CFG-14) and 年度考核 of a placement: what the modals send (checked by the contract's schemas in the
// fake api), the reason a 不合格 year asks for, the BR-18 subsidy end, and the core's refusals under their fields.

const TITLE = '续签：买买提江·艾力（社区保洁员）';
const saved = (p: PlacementDetail, warnings: Record<string, string> = {}) => ok({ placement: p, warnings });

function renew(p: PlacementDetail, handlers: FakeHandlers) {
  const fake = createFakeApi({ 'ruleSettings.list': () => ok(ruralContractMonths(12)), ...handlers });
  const onRenewed = vi.fn();
  renderWithApp(<RenewModal placement={renewTargetOfPlacement(p)} onClose={vi.fn()} onRenewed={onRenewed} />, {
    api: fake.api,
    settings: SETTINGS,
  });
  return { ...fake, onRenewed, dialog: dialogTitled(TITLE) };
}

const clickRenew = (dialog: HTMLElement) => userEvent.click(within(dialog).getByRole('button', { name: '续签' }));

describe('续签', () => {
  it('offers one year from the day after the current end and sends it with the record’s time; no reason after 合格', async () => {
    // The contract ends 2025-03-14: the new term falls mostly in 2025, so 2024's result decides it (BR-23).
    const p = placement({ assessments: [assessment('a2', 2025, 'fail'), assessment('a1', 2024, 'pass')] });
    const renewed = { ...p, contractStart: '2025-03-15', contractEnd: '2026-03-14' };
    const { dialog, callsTo, onRenewed } = renew(p, { 'placements.renew': () => saved(renewed) });
    expect(within(dialog).getByText('2024-03-15 至 2025-03-14')).toBeInTheDocument();
    expect(within(dialog).getByText('2025-03-15')).toBeInTheDocument();
    expect(within(dialog).getByText('2024年度考核合格')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('续签后合同(协议)截止日期')).toHaveValue('2026-03-14');
    expect(within(dialog).queryByLabelText('续签理由')).not.toBeInTheDocument();
    await clickRenew(dialog);
    await waitFor(() => expect(onRenewed).toHaveBeenCalledWith(renewed), SOON);
    expect(callsTo('placements.renew')).toEqual([
      { id: 'pl-1', expectedUpdatedAt: '2024-03-15T08:00:00Z', contractEnd: '2026-03-14', override: null },
    ]);
    expect(await screen.findByText('已续签：买买提江·艾力，合同(协议)期 2025-03-15 至 2026-03-14')).toBeInTheDocument();
  });

  it('after a 不合格 year asks for a required 续签理由 and sends it as the override; the warnings follow the save', async () => {
    const p = placement({ assessments: [assessment('a2', 2024, 'fail'), assessment('a1', 2023, 'pass')] });
    const warning = '续签后的合同期超过补贴期限（2027年2月），此后不再发放补贴';
    const { dialog, callsTo, onRenewed } = renew(p, {
      'placements.renew': () => saved({ ...p, contractEnd: '2026-03-14' }, { contractEnd: warning }),
    });
    expect(within(dialog).getByText('2024年度考核不合格，续签需说明理由')).toBeInTheDocument();
    const reason = fieldItem('续签理由', dialog);
    expect(within(reason).getByText('2024年度考核不合格，续签需说明理由（记入操作记录）')).toBeInTheDocument();
    await clickRenew(dialog);
    expect(await within(reason).findByText('请填写续签理由')).toBeInTheDocument();
    expect(callsTo('placements.renew')).toEqual([]);
    await userEvent.type(within(dialog).getByLabelText('续签理由'), '已整改，村委会同意续用');
    await clickRenew(dialog);
    await waitFor(() => expect(onRenewed).toHaveBeenCalled(), SOON);
    expect(callsTo('placements.renew')[0]).toMatchObject({ override: { reason: '已整改，村委会同意续用' } });
    expect(await screen.findByText(`请核对：${warning}`)).toBeInTheDocument();
  });

  it('caps a rural post’s new end at the county’s term and shows the core’s refusal under the date', async () => {
    const p = placement({ areaType: 'rural' });
    const refusal = '乡村公益性岗位协议期限不超过6个月（可续签），截止日期最晚为 2025-09-14';
    const { dialog, callsTo, onRenewed } = renew(p, {
      'ruleSettings.list': () => ok(ruralContractMonths(6)),
      'placements.renew': () => failed('RULE_VIOLATION', refusal, { contractEnd: refusal }, { rule: 'CFG-14' }),
    });
    expect(within(dialog).getByText('2024年度考核结果尚未录入')).toBeInTheDocument();
    const end = within(dialog).getByLabelText('续签后合同(协议)截止日期');
    await waitFor(() => expect(end).toHaveValue('2025-09-14'));
    const field = fieldItem('续签后合同(协议)截止日期', dialog);
    expect(within(field).getByText('乡村公益性岗位协议期限不超过6个月，截止日期最晚为 2025-09-14')).toBeInTheDocument();
    await retype(end, '2026-03-14');
    await clickRenew(dialog);
    expect(await within(field).findByText(refusal, {}, SOON)).toBeInTheDocument();
    expect(callsTo('placements.renew')).toHaveLength(1);
    expect(onRenewed).not.toHaveBeenCalled();
    expect(dialogTitled(TITLE)).toBeInTheDocument();
  });

  it('asks for the reason when the core finds the year 不合格 after the screen was read', async () => {
    const p = placement();
    const refusal = '2024年度考核不合格，不能续签；如确需续签，请填写理由';
    const { dialog, callsTo } = renew(p, {
      'placements.renew': () =>
        failed('RULE_VIOLATION', refusal, { 'override.reason': refusal }, { rule: 'BR-23', overridable: true }),
    });
    expect(within(dialog).queryByLabelText('续签理由')).not.toBeInTheDocument();
    await clickRenew(dialog);
    await within(dialog).findByLabelText('续签理由', {}, SOON);
    expect(callsTo('placements.renew')[0]).toMatchObject({ override: null });
  });

  it('shows the BR-18 subsidy end, and says so under the new end while the term runs past it', async () => {
    const p = placement({ subsidy: { ...placement().subsidy, endMonth: '2025-12' } });
    const { dialog } = renew(p, {});
    expect(within(dialog).getByText('2025年12月')).toBeInTheDocument();
    const field = fieldItem('续签后合同(协议)截止日期', dialog);
    const past = '超过补贴期限（至 2025年12月），之后不再发放岗位补贴';
    // One year on (2026-03-14) runs past December 2025; an end within it does not.
    expect(within(field).getByText(past)).toBeInTheDocument();
    await retype(within(dialog).getByLabelText('续签后合同(协议)截止日期'), '2025-12-31');
    await waitFor(() => expect(within(field).queryByText(past)).not.toBeInTheDocument());
  });
});

describe('年度考核', () => {
  function assess(p: PlacementDetail, answer = ok(p)) {
    const fake = createFakeApi({ 'placements.assess': () => answer });
    const onAssessed = vi.fn();
    renderWithApp(<AssessModal placement={p} onClose={vi.fn()} onAssessed={onAssessed} />, {
      api: fake.api,
      settings: SETTINGS,
    });
    return { ...fake, onAssessed, dialog: dialogTitled('年度考核：买买提江·艾力（社区保洁员）') };
  }

  it('sends the year, 合格/不合格, the date and the note; says a recorded year is replaced', async () => {
    const p = placement({ assessments: [assessment('a1', 2023, 'pass')] });
    const { dialog, callsTo, onAssessed } = assess(p);
    const year = within(dialog).getByLabelText('考核年度');
    // The year deciding the next renewal of a contract ending 2025-03-14 (BR-23).
    expect(year).toHaveValue('2024');
    expect(within(dialog).queryByText('该年度已记录为合格，保存将替换')).not.toBeInTheDocument();
    await retype(year, '2023');
    expect(await within(dialog).findByText('该年度已记录为合格，保存将替换')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(fieldItem('考核结果', dialog)).findByText('请选择考核结果')).toBeInTheDocument();
    expect(callsTo('placements.assess')).toEqual([]);
    await chooseRadio('不合格', dialog);
    await retype(within(dialog).getByLabelText('考核日期'), '2025-01-10');
    await userEvent.type(within(dialog).getByLabelText('备注'), '全年缺勤较多');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(onAssessed).toHaveBeenCalledWith(p), SOON);
    expect(callsTo('placements.assess')).toEqual([
      { placementId: 'pl-1', year: 2023, result: 'fail', assessedOn: '2025-01-10', remark: '全年缺勤较多' },
    ]);
    expect(await screen.findByText('已记录买买提江·艾力 2023年度考核：不合格')).toBeInTheDocument();
  });

  it('shows the core’s refusal of a year under 考核年度', async () => {
    const refusal = '考核年度不能早于上岗年度（2024年）';
    const { dialog, onAssessed } = assess(
      placement(),
      failed('RULE_VIOLATION', refusal, { year: refusal }, { rule: 'BR-23' }),
    );
    await retype(within(dialog).getByLabelText('考核年度'), '2023');
    await chooseRadio('合格', dialog);
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(fieldItem('考核年度', dialog)).findByText(refusal, {}, SOON)).toBeInTheDocument();
    expect(onAssessed).not.toHaveBeenCalled();
  });
});
