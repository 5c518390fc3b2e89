import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ClassFormDrawer } from '../../renderer/src/features/training/ClassFormDrawer';
import { EnrolModal } from '../../renderer/src/features/training/EnrolModal';
import { ProviderDesignateModal } from '../../renderer/src/features/training/ProviderDesignateModal';
import { SETTINGS, createFakeApi, failed, ok } from './fake-api';
import { listItem } from './person-fixtures';
import { retype, typeAndPick } from './queries';
import { renderWithApp } from './render';
import { CLASS, EMPLOYER, PROVIDER, RULES, TOWN, dialog, itemOf, pick, save, trainee } from './training-scene';

// The training data-entry forms (issue 15): each checks its input with the contract's own schema before anything
// is sent (the Chinese message under its field or cell), sends exactly the input the form shows, and puts the
// core's refusals under their fields. This file: 定点培训机构, the class form, enrolment; training-class-page.test.tsx:
// the class page's trainees, results and import, and the providers list from 首页.

describe('认定定点培训机构', { timeout: 60_000 }, () => {
  it('refuses a designation without occupations under its field, then sends exactly the form', async () => {
    const fake = createFakeApi({
      'employers.list': () => ok({ items: [EMPLOYER], total: 1 }),
      'training.providers.designate': () => ok(PROVIDER),
    });
    const onSaved = vi.fn();
    renderWithApp(<ProviderDesignateModal provider={null} onClose={vi.fn()} onSaved={onSaved} />, {
      api: fake.api,
      settings: SETTINGS,
    });
    await screen.findByText('认定定点培训机构');
    await waitFor(() => expect(fake.callsTo('employers.list')).toHaveLength(1));
    await typeAndPick(within(dialog()).getByRole('combobox', { name: '培训机构' }), '鑫达');
    await pick(within(dialog()).getByRole('combobox', { name: '机构类型' }), '民办');
    await userEvent.type(within(dialog()).getByLabelText('认定日期'), '2026-01-01');
    await userEvent.type(within(dialog()).getByLabelText('定点资质有效期'), '2025-12-31');
    await save();
    expect(await within(itemOf('可培训工种')).findByText('请至少填写一个可培训工种')).toBeInTheDocument();
    expect(within(itemOf('定点资质有效期')).getByText('定点资质有效期不能早于认定日期')).toBeInTheDocument();
    expect(fake.callsTo('training.providers.designate')).toHaveLength(0);

    await userEvent.type(within(dialog()).getByLabelText('可培训工种'), '家政服务员、养老护理员');
    const until = within(dialog()).getByLabelText('定点资质有效期');
    await retype(until, '2027-06-30');
    await save();
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(fake.callsTo('training.providers.designate')).toEqual([
      {
        employerId: 'e1',
        kind: '03',
        designatedDate: '2026-01-01',
        validUntil: '2027-06-30',
        occupations: ['家政服务员', '养老护理员'],
        contactPerson: null,
        contactPhone: null,
        remark: null,
      },
    ]);
  });
});

describe('新建 / 修改培训班', { timeout: 60_000 }, () => {
  const handlers = (update: () => unknown) =>
    createFakeApi({
      'training.providers.list': () => ok({ items: [PROVIDER] }),
      'regions.list': () => ok({ items: [TOWN] }),
      'training.rules.get': () => ok(RULES),
      'training.classes.update': update as never,
    });

  /** 新建培训班 open on an empty form. */
  async function openNew() {
    const fake = handlers(() => ok(CLASS));
    renderWithApp(<ClassFormDrawer detail={null} onClose={vi.fn()} onSaved={vi.fn()} />, {
      api: fake.api,
      settings: SETTINGS,
    });
    await screen.findByText('新建培训班');
    return fake;
  }

  it('refuses an empty new class before sending: the message is under each field', async () => {
    const fake = await openNew();
    await save();
    expect(await within(itemOf('培训机构')).findByText('请选择培训机构')).toBeInTheDocument();
    expect(within(itemOf('学时')).getByText('请填写学时')).toBeInTheDocument();
    expect(within(itemOf('培训开始日期')).getByText('请填写培训开始日期')).toBeInTheDocument();
    expect(fake.callsTo('training.classes.create')).toHaveLength(0);
  });

  it('groups the new class form under headings, like the other drawers: 培训班, then 时间与地点', async () => {
    await openNew();
    const headings = within(dialog())
      .getAllByRole('heading', { level: 5 })
      .map((h) => h.textContent);
    expect(headings).toEqual(['培训班', '时间与地点']);
    const [first, second] = within(dialog()).getAllByRole('heading', { level: 5 });
    const after = (h: HTMLElement, label: string) =>
      Boolean(h.compareDocumentPosition(itemOf(label)) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(after(first, '培训机构') && !after(second, '培训机构')).toBe(true);
    expect(after(second, '培训开始日期') && after(second, '培训地点(乡镇)')).toBe(true);
  });

  it('sends the edited class exactly, and shows the core refusal of the dates under 培训开始日期', async () => {
    const REFUSAL = '“疏附县鑫达职业培训学校”于 2026-01-01 认定为定点培训机构，培训开始日期不能早于认定日期';
    const fake = handlers(() => failed('RULE_VIOLATION', REFUSAL, { startDate: REFUSAL }));
    renderWithApp(<ClassFormDrawer detail={CLASS} onClose={vi.fn()} onSaved={vi.fn()} />, {
      api: fake.api,
      settings: SETTINGS,
    });
    await screen.findByText('修改培训班：PX2026-001');
    const start = within(dialog()).getByLabelText('培训开始日期');
    await retype(start, '2025-12-28');
    const capacity = within(dialog()).getByLabelText('计划人数');
    await retype(capacity, '25');
    await save();
    expect(await within(itemOf('培训开始日期')).findByText(REFUSAL)).toBeInTheDocument();
    expect(fake.callsTo('training.classes.update')).toEqual([
      {
        code: 'PX2026-001',
        providerId: 'e1',
        occupation: '家政服务员',
        occupationReason: null,
        trainingType: '01',
        targetCertificate: '01',
        startDate: '2025-12-28',
        endDate: '2026-11-25',
        hours: 100,
        townshipId: 't1',
        location: '乌帕尔镇培训楼',
        capacity: 25,
        funding: null,
        remark: null,
        id: 'c1',
      },
    ]);
  });
});

describe('学员报名', { timeout: 60_000 }, () => {
  it('says at once when the person enrolled is on a 公益性岗位 during the class (BR-34, allowed)', async () => {
    const GULI = listItem({ id: 'p1', name: '古丽米拉', idNumberMasked: '653121********0243' });
    const onPost = trainee({ id: 'x1', personId: 'p1', personName: '古丽米拉', flag: '培训期间在公益性岗位' });
    const fake = createFakeApi({
      'persons.list': () => ok({ items: [GULI], total: 1 }),
      'training.enrol': () => ok({ ...CLASS, enrolled: 1, trainees: [onPost] }),
    });
    renderWithApp(<EnrolModal detail={CLASS} today="2026-11-12" onClose={vi.fn()} />, {
      api: fake.api,
      settings: SETTINGS,
    });
    const box = within(await screen.findByRole('dialog')).getByRole('combobox', { name: '学员' });
    await userEvent.click(box);
    await userEvent.type(box, '0243');
    await userEvent.click(await screen.findByText(/^古丽米拉 653121\*+0243/));
    await pick(within(dialog()).getByRole('combobox', { name: '人员类别' }), '城镇登记');
    await save('报名');
    expect(await screen.findByText('已报名：古丽米拉（培训期间在公益性岗位）')).toBeInTheDocument();
    expect(fake.callsTo('training.enrol')).toHaveLength(1);
  });

  it('refuses an enrolment without a person under 学员, then sends the chosen person exactly', async () => {
    const GULI = listItem({ id: 'p1', name: '古丽米拉', idNumberMasked: '653121********0243' });
    const fake = createFakeApi({
      'persons.list': () => ok({ items: [GULI], total: 1 }),
      'training.enrol': () =>
        ok({ ...CLASS, enrolled: 1, trainees: [trainee({ id: 'x1', personId: 'p1', personName: '古丽米拉' })] }),
    });
    renderWithApp(<EnrolModal detail={CLASS} today="2026-11-12" onClose={vi.fn()} />, {
      api: fake.api,
      settings: SETTINGS,
    });
    await screen.findByText('学员报名：PX2026-001 家政服务员');
    await pick(within(dialog()).getByRole('combobox', { name: '人员类别' }), '城镇登记');
    await save('报名');
    expect(await within(itemOf('学员')).findByText('请选择学员')).toBeInTheDocument();
    expect(fake.callsTo('training.enrol')).toHaveLength(0);

    const box = within(dialog()).getByRole('combobox', { name: '学员' });
    await userEvent.click(box);
    await userEvent.type(box, '0243');
    await userEvent.click(await screen.findByText(/^古丽米拉 653121\*+0243/));
    await save('报名');
    expect(await screen.findByText(/本次已报名：古丽米拉/)).toBeInTheDocument();
    expect(fake.callsTo('training.enrol')).toEqual([
      {
        classId: 'c1',
        personId: 'p1',
        category: '01',
        categoryNote: null,
        graduationDate: null,
        enrolDate: '2026-11-12',
      },
    ]);
  });
});
