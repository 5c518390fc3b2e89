import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EMPLOYER_NATURES } from '../../shared/enums/post-codes';
import { INTERNSHIP_END_TYPES } from '../../shared/enums/internship-codes';
import { BaseMarkModal } from '../../renderer/src/features/internships/BaseMarkModal';
import { EmployerCreateModal } from '../../renderer/src/features/internships/EmployerCreateModal';
import { EndInternshipModal } from '../../renderer/src/features/internships/EndInternshipModal';
import type { EmployerDetail } from '../../shared/contract/employers';
import { SETTINGS, createFakeApi, ok } from './fake-api';
import { PLACES } from './person-fixtures';
import { pick } from './training-scene';
import { fieldItem, onlyCallTo } from './queries';
import { renderWithApp } from './render';

// The internship modals' own checks (checkResolver, inputResolver): 新增单位（见习基地） and 认定为见习基地 check the
// base dates, 结束见习 checks the write's schema; each message goes under its field and nothing is sent.

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
    expect(await onlyCallTo(fake.callsTo, 'employers.create')).toMatchObject({
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

const BASE: EmployerDetail = {
  id: 'e1',
  name: '乌帕尔镇农业合作社',
  uscc: null,
  nature: EMPLOYER_NATURES[0].code,
  regionId: 't1',
  regionName: '乌帕尔镇',
  townshipId: 't1',
  townshipName: '乌帕尔镇',
  bankAccountMasked: null,
  bankName: '农业银行',
  isInternshipBase: true,
  baseRecognisedDate: '2024-01-01',
  baseValidUntil: '2025-12-31',
  remark: null,
  postCount: 0,
  activePostCount: 0,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-06-01T00:00:00.000Z',
  deletedAt: null,
} as EmployerDetail;

describe('修改见习基地', { timeout: 60_000 }, () => {
  it('unticking the base hides the dates and sends the unit without them', async () => {
    const onSaved = vi.fn();
    const fake = createFakeApi({
      'employers.update': () => ok({ employer: { ...BASE, isInternshipBase: false }, warnings: {} }),
    });
    renderWithApp(<BaseMarkModal employer={BASE} onClose={vi.fn()} onSaved={onSaved} />, {
      api: fake.api,
      settings: SETTINGS,
    });
    const box = await screen.findByRole('checkbox', { name: /见习基地资格/ });
    expect(box).toBeChecked();
    expect(screen.getByLabelText('见习基地认定日期')).toHaveValue('2024-01-01');
    await userEvent.click(box);
    await waitFor(() => expect(screen.queryByLabelText('见习基地认定日期')).toBeNull());
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await onlyCallTo(fake.callsTo, 'employers.update')).toMatchObject({
      id: 'e1',
      expectedUpdatedAt: BASE.updatedAt,
      isInternshipBase: false,
      baseRecognisedDate: null,
      baseValidUntil: null,
    });
    expect(await screen.findByText('已取消“乌帕尔镇农业合作社”的见习基地资格')).toBeInTheDocument();
    expect(onSaved).toHaveBeenCalledTimes(1);
  });
});

describe('结束见习', { timeout: 60_000 }, () => {
  const TARGET = {
    id: 'i1',
    personName: '阿依古丽',
    hostName: '乌帕尔镇农业合作社',
    agreementStart: '2024-10-01',
    agreementEnd: '2025-03-31',
  };

  it("puts the schema's message under 结束方式 and sends nothing, then sends the end as chosen", async () => {
    const fake = createFakeApi({
      'internships.end': () => ok({ personName: '阿依古丽', endTypeLabel: INTERNSHIP_END_TYPES[0].label }),
    });
    renderWithApp(<EndInternshipModal target={TARGET} onClose={vi.fn()} onSaved={vi.fn()} />, {
      api: fake.api,
      settings: SETTINGS,
    });
    expect(await screen.findByLabelText('实际结束日期')).toHaveValue('2025-03-15');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(fieldItem('结束方式')).toHaveTextContent('请选择结束方式'));
    expect(fake.callsTo('internships.end')).toEqual([]);

    await pick(screen.getByRole('combobox', { name: '结束方式' }), '1');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await onlyCallTo(fake.callsTo, 'internships.end')).toEqual({
      id: 'i1',
      endDate: '2025-03-15',
      endType: INTERNSHIP_END_TYPES[0].code,
      retained: false,
      retainedDate: null,
      contractYears: null,
      endNote: null,
    });
    expect(await screen.findByText(`已结束见习：阿依古丽（${INTERNSHIP_END_TYPES[0].label}）`)).toBeInTheDocument();
  });
});
