import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EmployerSelect } from '../../renderer/src/components/EmployerSelect';
import type { EmployerDetail, EmployerListInput, EmployerListItem } from '../../shared/contract/employers';
import { SETTINGS, createFakeApi, ok } from './fake-api';
import { INTERN_BASE } from './internship-fixtures';
import { activeOptionName, offeredOptions, pressEnter, selectShown } from './queries';
import { renderWithApp } from './render';

// The shared 用人单位 picker (认定定点培训机构, 公益性岗位, 生成花名册) in a county of 183 units: the typed text is searched
// by the core, so the units past the first 100 by name (疏附县…中心学校, 卫生院) can be chosen too (audit7 gap 4).

const unit = (i: number, name: string): EmployerListItem => ({
  ...INTERN_BASE,
  id: `e${i}`,
  name,
  nature: '4',
  isInternshipBase: false,
  baseRecognisedDate: null,
  baseValidUntil: null,
  townshipName: '托克扎克镇',
});
/** 183 units by name: 100 村民委员会 first, then 中心学校 and 卫生院 (101st–183rd). */
const UNITS = [
  ...Array.from({ length: 100 }, (_, i) => unit(i, `阿${String(i).padStart(3, '0')}村村民委员会`)),
  ...Array.from({ length: 83 }, (_, i) =>
    unit(100 + i, i === 40 ? '疏附县托克扎克镇中心学校' : `疏附县第${String(i).padStart(2, '0')}卫生院`),
  ),
];
const SCHOOL = UNITS[140]!;

/** employers.list as the core answers it: `q` is part of the name, first page of `pageSize` by name. */
function list({ q, pageSize = 50 }: EmployerListInput) {
  const found = UNITS.filter((e) => !q || e.name.includes(q));
  return ok({ items: found.slice(0, pageSize), total: found.length, page: 1, pageSize });
}

const box = () => screen.getByRole('combobox');

describe('EmployerSelect among 183 units', { timeout: 30_000 }, () => {
  it('finds the 141st unit by the typed text through the core and takes it with Enter', async () => {
    const fake = createFakeApi({ 'employers.list': list });
    const onChange = vi.fn();
    renderWithApp(<EmployerSelect id="unit" value={null} onChange={onChange} />, { api: fake.api, settings: SETTINGS });
    await waitFor(() => expect(fake.callsTo('employers.list')).toEqual([{ pageSize: 100 }]));
    await userEvent.click(box());
    await userEvent.type(box(), '中心学校');
    await waitFor(() => expect(activeOptionName(box())).toBe('疏附县托克扎克镇中心学校（托克扎克镇）'));
    expect(offeredOptions(box())).toEqual(['疏附县托克扎克镇中心学校（托克扎克镇）']);
    expect(fake.callsTo('employers.list')).toContainEqual({ q: '中心学校', pageSize: 20 });
    pressEnter(box());
    await waitFor(() => expect(onChange).toHaveBeenCalledWith(SCHOOL.id));
  });

  it('says no unit matches only when the core finds none', async () => {
    const fake = createFakeApi({ 'employers.list': list });
    renderWithApp(<EmployerSelect id="unit" value={null} />, { api: fake.api, settings: SETTINGS });
    await userEvent.type(box(), '幼儿园');
    expect(await screen.findByText('没有匹配的单位，请先在“用人单位”中新增')).toBeInTheDocument();
    expect(fake.callsTo('employers.list')).toContainEqual({ q: '幼儿园', pageSize: 20 });
  });

  it('shows the stored unit past the first 100 by its name, read by id when the caller has no name', async () => {
    const detail = { ...SCHOOL, regionId: 'r1', townshipId: 't1' } as unknown as EmployerDetail;
    const fake = createFakeApi({ 'employers.list': list, 'employers.get': () => ok(detail) });
    renderWithApp(<EmployerSelect id="unit" value={SCHOOL.id} />, { api: fake.api, settings: SETTINGS });
    await waitFor(() => expect(selectShown(box())).toHaveTextContent('疏附县托克扎克镇中心学校'));
    expect(fake.callsTo('employers.get')).toEqual([{ id: SCHOOL.id }]);
  });

  it('shows the unit the caller names (editing a post) without reading it again', async () => {
    const fake = createFakeApi({ 'employers.list': list });
    renderWithApp(<EmployerSelect id="unit" value={SCHOOL.id} current={{ id: SCHOOL.id, name: SCHOOL.name }} />, {
      api: fake.api,
      settings: SETTINGS,
    });
    expect(selectShown(box())).toHaveTextContent('疏附县托克扎克镇中心学校');
    await waitFor(() => expect(fake.callsTo('employers.list')).toHaveLength(1));
    expect(fake.callsTo('employers.get')).toEqual([]);
  });

  it('basesOnly (见习单位): browses and searches 见习基地 only, and takes the one found past the first 100', async () => {
    const fake = createFakeApi({ 'employers.list': list });
    const onChange = vi.fn();
    renderWithApp(<EmployerSelect basesOnly aria-label="见习单位" allowClear value={null} onChange={onChange} />, {
      api: fake.api,
      settings: SETTINGS,
    });
    await waitFor(() => expect(fake.callsTo('employers.list')).toEqual([{ isInternshipBase: true, pageSize: 100 }]));
    const combobox = screen.getByRole('combobox', { name: '见习单位' });
    await userEvent.click(combobox);
    await userEvent.type(combobox, '中心学校');
    await waitFor(() => expect(activeOptionName(combobox)).toBe('疏附县托克扎克镇中心学校（托克扎克镇）'));
    expect(fake.callsTo('employers.list')).toContainEqual({ q: '中心学校', isInternshipBase: true, pageSize: 20 });
    pressEnter(combobox);
    await waitFor(() => expect(onChange).toHaveBeenCalledWith(SCHOOL.id));
  });
});
