import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RecognitionFormDrawer } from '../../renderer/src/features/recognitions/RecognitionFormDrawer';
import type { ChannelInput, Result } from '../../shared/contract';
import { RECOGNISED } from './person-fixtures';
import { SETTINGS, createFakeApi, failed, ok } from './fake-api';
import { renderWithApp } from './render';
import { SOON, chooseRadio, onlyCallTo } from './queries';
import { renderPersonRecognitions } from './recognition-scene';

// Issue 11, BR-15: ticking 零就业家庭成员 asks for the household's business or investment income (有 / 无) on the
// application; the live check is sent the answer so far; saving without it shows the schema's message under the
// field and sends nothing; the core's refusal of 有 is shown under the field; 无 is saved. INFO.today is 2025-03-15.

const PERSON = { id: 'p1', name: '阿不都', idNumberMasked: '653121********109X' };
const INCOME = '家庭经营性、财产性收入';
const REFUSED = '“零就业家庭成员”不符合：申请表“家庭经营性、财产性收入”填的是“有”，零就业家庭须无经营性、财产性收入';

const choose = (name: '有' | '无') => chooseRadio(name);

function setup() {
  const check = (i: ChannelInput<'recognitions.check'>) =>
    ok({
      prerequisites: [],
      registration: { id: 'g1', regDate: '2025-01-02' },
      categories: i.categories.map((code) => ({
        code,
        label: '零就业家庭成员',
        outcome: i.householdBusinessIncome === false ? ('pass' as const) : ('fail' as const),
        why: i.householdBusinessIncome === false ? '家庭无经营性、财产性收入' : '申请表未填写或填“有”',
      })),
    });
  const apply = (i: ChannelInput<'recognitions.apply'>): Result<unknown> =>
    i.householdBusinessIncome
      ? failed('RULE_VIOLATION', REFUSED, { householdBusinessIncome: REFUSED })
      : ok({ ...RECOGNISED, householdBusinessIncome: false });
  const fake = createFakeApi({ 'recognitions.check': check, 'recognitions.apply': apply });
  const onSaved = vi.fn();
  renderWithApp(<RecognitionFormDrawer person={PERSON} onClose={vi.fn()} onSaved={onSaved} />, {
    api: fake.api,
    settings: SETTINGS,
  });
  return { ...fake, onSaved };
}

describe('认定申请 form: household income for 零就业家庭成员', { timeout: 60_000 }, () => {
  it('asks for it only with K04, checks it live, refuses by field, saves 无', async () => {
    const { callsTo, onSaved } = setup();
    expect(screen.queryByText(INCOME)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: '零就业家庭成员' }));
    expect(await screen.findByText(INCOME)).toBeInTheDocument();
    await waitFor(() => expect(callsTo('recognitions.check').length).toBeGreaterThan(0), SOON);
    expect(callsTo('recognitions.check').at(-1)).toMatchObject({ categories: ['K04'], householdBusinessIncome: null });

    // Not answered: the shared schema's message under the field, nothing sent.
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(
      await screen.findByText('选择“零就业家庭成员”须填写家庭经营性、财产性收入（有或无）', {}, SOON),
    ).toBeInTheDocument();
    expect(callsTo('recognitions.apply')).toHaveLength(0);

    // 有: the live check hears it; the core's refusal shows under the field.
    await choose('有');
    await waitFor(
      () => expect(callsTo('recognitions.check').at(-1)).toMatchObject({ householdBusinessIncome: true }),
      SOON,
    );
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await onlyCallTo(callsTo, 'recognitions.apply')).toMatchObject({
      categories: ['K04'],
      householdBusinessIncome: true,
    });
    expect((await screen.findAllByText(REFUSED, {}, SOON)).length).toBeGreaterThan(0);
    expect(onSaved).not.toHaveBeenCalled();

    // 无: the live check passes and the application is saved with the answer.
    await choose('无');
    const result = screen.getByLabelText('零就业家庭成员核对结果');
    await within(result).findByText('家庭无经营性、财产性收入', {}, SOON);
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1), SOON);
    expect(callsTo('recognitions.apply')[1]).toMatchObject({ householdBusinessIncome: false, primaryCategory: 'K04' });
  });

  it('without K04 the answer is not sent', async () => {
    const { callsTo, onSaved } = setup();
    await userEvent.click(screen.getByRole('checkbox', { name: '零就业家庭成员' }));
    await choose('有');
    await userEvent.click(screen.getByRole('checkbox', { name: '零就业家庭成员' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '大龄失业人员' }));
    expect(screen.queryByText(INCOME)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1), SOON);
    expect(callsTo('recognitions.apply')[0]).toMatchObject({ categories: ['K01'], householdBusinessIncome: null });
  });

  it('the person page tab shows the answer of a K04 application', async () => {
    const k04 = {
      ...RECOGNISED,
      categories: [{ code: 'K04', label: '零就业家庭成员' }],
      primaryCategory: 'K04',
      primaryLabel: '零就业家庭成员',
      householdBusinessIncome: false,
    };
    renderPersonRecognitions({ 'recognitions.listByPerson': () => ok({ items: [k04] }) });
    const label = await screen.findByText(INCOME, {}, SOON);
    expect(label.closest('tr')).toHaveTextContent(`${INCOME}无`);
  });
});
