import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EMPLOYER_NATURES } from '../../shared/enums/post-codes';
import { EmployerCreateModal } from '../../renderer/src/features/internships/EmployerCreateModal';
import { SETTINGS, createFakeApi, ok } from './fake-api';
import { PLACES } from './person-fixtures';
import { pick } from './training-scene';
import { fieldItem } from './queries';
import { renderWithApp } from './render';

// 新增单位（见习基地）: the form's own checks (checkResolver) put each missing field's message under it and send
// nothing; the base dates are checked as on 认定为见习基地.

describe('新增单位（见习基地）', { timeout: 60_000 }, () => {
  it('names every missing field under it and sends nothing', async () => {
    const fake = createFakeApi({ 'regions.list': () => ok({ items: [] }) });
    renderWithApp(<EmployerCreateModal onClose={vi.fn()} onSaved={vi.fn()} />, { api: fake.api, settings: SETTINGS });
    await userEvent.click(await screen.findByRole('button', { name: '保存' }));
    await waitFor(() => expect(fieldItem('单位名称')).toHaveTextContent('请填写单位名称'));
    expect(fieldItem('单位性质')).toHaveTextContent('请选择单位性质');
    expect(fieldItem('所在地')).toHaveTextContent('请选择所在地');
    expect(fieldItem('见习基地认定日期')).toHaveTextContent('请填写见习基地认定日期');
    expect(fieldItem('见习基地有效期至')).toHaveTextContent('请填写见习基地有效期至');
    expect(fieldItem('统一社会信用代码')).not.toHaveTextContent('请');
    expect(fake.callsTo('employers.create')).toEqual([]);
  });

  it('checks the order of the base dates once both are typed', async () => {
    const fake = createFakeApi({ 'regions.list': () => ok({ items: [] }) });
    renderWithApp(<EmployerCreateModal onClose={vi.fn()} onSaved={vi.fn()} />, { api: fake.api, settings: SETTINGS });
    await userEvent.type(await screen.findByLabelText('见习基地认定日期'), '2025-03-01');
    await userEvent.type(screen.getByLabelText('见习基地有效期至'), '2025-02-01');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(fieldItem('见习基地有效期至')).toHaveTextContent('见习基地有效期不能早于认定日期'));
    expect(fieldItem('见习基地认定日期')).not.toHaveTextContent('见习基地认定日期不是');
    expect(fake.callsTo('employers.create')).toEqual([]);
  });

  it('sends the unit as typed, recognised as a base with its dates, and says so', async () => {
    const onSaved = vi.fn();
    const fake = createFakeApi({
      'regions.list': () => ok({ items: PLACES }),
      'employers.create': () => ok({ employer: { name: '喀什绿洲农业合作社' }, warnings: {} }),
    });
    renderWithApp(<EmployerCreateModal onClose={vi.fn()} onSaved={onSaved} />, { api: fake.api, settings: SETTINGS });
    await userEvent.type(await screen.findByLabelText('单位名称'), '喀什绿洲农业合作社');
    await pick(screen.getByRole('combobox', { name: '单位性质' }), '1');
    await pick(screen.getByRole('combobox', { name: '所在地' }), '乌帕尔镇');
    await userEvent.type(screen.getByLabelText('见习基地认定日期'), '2025-03-01');
    await userEvent.type(screen.getByLabelText('见习基地有效期至'), '2027-02-28');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(fake.callsTo('employers.create')).toHaveLength(1));
    expect(fake.callsTo('employers.create')[0]).toMatchObject({
      name: '喀什绿洲农业合作社',
      nature: EMPLOYER_NATURES[0].code,
      regionId: 't1',
      uscc: null,
      isInternshipBase: true,
      baseRecognisedDate: '2025-03-01',
      baseValidUntil: '2027-02-28',
    });
    expect(await screen.findByText('已新增见习基地“喀什绿洲农业合作社”')).toBeInTheDocument();
    expect(onSaved).toHaveBeenCalledTimes(1);
  });
});
