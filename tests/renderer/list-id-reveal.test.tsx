import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { RecognitionListItem } from '../../shared/contract/recognitions';
import { InternListTab } from '../../renderer/src/features/internships/InternListTab';
import { PostPlacementsTable } from '../../renderer/src/features/posts/PostPlacementsTable';
import { RecognitionWorklistsPage } from '../../renderer/src/features/recognitions/RecognitionWorklistsPage';
import { RegistrationContactEntry } from '../../renderer/src/features/registrations';
import { ClassPage } from '../../renderer/src/features/training/ClassPage';
import { FollowUpsTab } from '../../renderer/src/features/training/FollowUpsTab';
import { WorklistsPage } from '../../renderer/src/features/registrations/WorklistsPage';
import type { WorklistItem } from '../../shared/contract/contact-worklists';
import { GULI } from './contact-fixtures';
import { SETTINGS, createFakeApi, ok, region, type FakeHandlers } from './fake-api';
import { INTERN_BASE, internRow } from './internship-fixtures';
import { placement } from './placement-fixtures';
import { NO_RECOGNITION_COUNTS } from './recognition-fixtures';
import { resetsToFirstPage } from './queries';
import { renderWithApp } from './render';
import { CLASS, FOLLOW_UP, trainee } from './training-scene';

// 显示完整号码 (UI.md, VR-09, §9.4) on the lists that show a masked 公民身份号码: each reveals the row's person through
// persons.revealId (audited by the core) in place and hides it again; the calling lists' 查看 of a masked 联系电话
// (persons.revealPhone, audited too); and the 见习人员 list's search box and 乡镇.

const FULL = '653121199001010317';
const MASKED = '653121********0317';

const INTERN = internRow({ idNumberMasked: MASKED });

const APPLICANT: RecognitionListItem = {
  id: 'rec1',
  personId: 'p-applicant',
  personName: '阿不都热合曼·买买提',
  idNumberMasked: MASKED,
  townshipName: '乌帕尔镇',
  villageName: '乌帕尔村',
  applyDate: '2025-03-01',
  primaryLabel: '低保对象',
  categoryLabels: '低保对象',
  stage: 'village',
  stageLabel: '待初审',
  noticeStart: null,
  noticeEnd: null,
  recognitionDate: null,
  exitDate: null,
  backfilled: false,
  daysLeft: null,
  exitHint: null,
  suggestedExitReason: null,
};

const PLACED = placement({ personId: 'p-placed', personName: '买买提江·艾力', idNumberMasked: MASKED });
const TRAINEE = trainee({ id: 'x1', personId: 'p-trainee', personName: '阿依古丽', idNumberMasked: MASKED });

interface Surface {
  list: string;
  personId: string;
  name: string;
  route?: string;
  handlers: FakeHandlers;
  render: () => ReactElement;
}

const SURFACES: Surface[] = [
  {
    list: '见习人员',
    personId: INTERN.personId,
    name: INTERN.personName,
    route: '/internships/interns',
    handlers: {
      'internships.list': () => ok({ items: [INTERN], total: 1 }),
      'employers.list': () => ok({ items: [INTERN_BASE], total: 1 }),
    },
    render: () => <InternListTab onChanged={vi.fn()} />,
  },
  {
    list: '认定工作清单',
    personId: APPLICANT.personId,
    name: APPLICANT.personName,
    route: '/recognitions?tab=pendingVillage',
    handlers: {
      'recognitionWorklists.counts': () => ok({ ...NO_RECOGNITION_COUNTS, pendingVillage: 1 }),
      'recognitionWorklists.pendingVillage': () => ok({ asOf: '2025-03-15', items: [APPLICANT], total: 1 }),
    },
    render: () => <RecognitionWorklistsPage contactEntry={RegistrationContactEntry} />,
  },
  {
    list: '岗位的安置人员',
    personId: PLACED.personId,
    name: PLACED.personName,
    handlers: {},
    render: () => <PostPlacementsTable items={[PLACED]} loading={false} onLeave={vi.fn()} onReport={vi.fn()} />,
  },
  {
    list: '培训班学员',
    personId: TRAINEE.personId,
    name: TRAINEE.personName,
    handlers: {
      'training.classes.get': () =>
        ok({ ...CLASS, status: '02', statusLabel: '已备案', enrolled: 1, trainees: [TRAINEE] }),
    },
    render: () => <ClassPage id="c1" />,
  },
];

describe('显示完整号码 on the lists of persons', { timeout: 60_000 }, () => {
  it.each(SURFACES)('$list: reveals the row’s number through persons.revealId and hides it again', async (s) => {
    const fake = createFakeApi({ ...s.handlers, 'persons.revealId': () => ok({ idNumber: FULL }) });
    renderWithApp(s.render(), { api: fake.api, settings: SETTINGS, route: s.route });
    const row = (await screen.findByText(s.name)).closest('tr') as HTMLElement;
    expect(within(row).getByText(MASKED)).toBeInTheDocument();
    await userEvent.click(within(row).getByRole('button', { name: '显示完整号码' }));
    expect(await within(row).findByText(FULL)).toBeInTheDocument();
    expect(fake.callsTo('persons.revealId')).toEqual([{ id: s.personId }]);
    await userEvent.click(within(row).getByRole('button', { name: '隐藏完整号码' }));
    expect(within(row).getByText(MASKED)).toBeInTheDocument();
  });
});

/** A 本月待联系 row and a 就业跟踪 row: the lists a clerk calls from. */
const CALLER: WorklistItem = {
  ...GULI,
  townshipId: 't1',
  villageId: 'v1',
  isDifficult: false,
  lastSuccessfulContactDate: null,
  dueDate: null,
  overdue: false,
  monthsWithoutContact: null,
  suggestedCancelReason: null,
};
const CALLING = [
  {
    list: '本月待联系',
    personId: CALLER.personId,
    name: CALLER.name,
    phone: '13899015678',
    masked: '138****5678',
    handlers: {
      'regions.list': () => ok({ items: [] }),
      'contactWorklists.counts': () =>
        ok({ month: '2025-03', asOf: '2025-03-15', toContact: 1, lostContact: 0, firstContactDue: 0 }),
      'contactWorklists.toContact': () =>
        ok({ items: [CALLER], total: 1, asOf: '2025-03-15', month: '2025-03', groups: [], staff: [] }),
    } satisfies FakeHandlers,
    render: () => <WorklistsPage />,
  },
  {
    list: '就业跟踪',
    personId: FOLLOW_UP.personId,
    name: FOLLOW_UP.personName,
    phone: '13900000000',
    masked: '139****0000',
    handlers: {
      'regions.list': () => ok({ items: [] }),
      'training.followUps': () => ok({ items: [FOLLOW_UP], rate: { passed: 1, employed: 0, percent: 0 } }),
    } satisfies FakeHandlers,
    render: () => <FollowUpsTab />,
  },
];

describe('查看 联系电话 on the calling lists', { timeout: 60_000 }, () => {
  it.each(CALLING)(
    '$list: 查看 (keyboard) shows the row’s phone from persons.revealPhone, 隐藏 masks it',
    async (s) => {
      const fake = createFakeApi({ ...s.handlers, 'persons.revealPhone': () => ok({ phone: s.phone }) });
      renderWithApp(s.render(), { api: fake.api, settings: SETTINGS });
      const row = (await screen.findByText(s.name)).closest('tr') as HTMLElement;
      expect(within(row).getByText(s.masked)).toBeInTheDocument();
      expect(within(row).queryByText(s.phone)).toBeNull();
      within(row)
        .getByRole('button', { name: `查看${s.name}的联系电话` })
        .focus();
      await userEvent.keyboard('{Enter}');
      expect(await within(row).findByText(s.phone)).toBeInTheDocument();
      expect(fake.callsTo('persons.revealPhone')).toEqual([{ id: s.personId }]);
      await userEvent.click(within(row).getByRole('button', { name: `隐藏${s.name}的联系电话` }));
      expect(within(row).getByText(s.masked)).toBeInTheDocument();
    },
  );
});

describe('见习人员: search box and 乡镇(街道)', { timeout: 60_000 }, () => {
  it('sends the search and the 乡镇 to internships.list, keeps them in the address and resets them', async () => {
    const fake = createFakeApi({
      ...SURFACES[0].handlers,
      'regions.list': () => ok({ items: [region({ id: 't1', code: '653121100000', name: '乌帕尔镇' })] }),
    });
    renderWithApp(<InternListTab onChanged={vi.fn()} />, {
      api: fake.api,
      settings: SETTINGS,
      route: '/internships/interns?q=0317&town=t1',
    });
    await screen.findByText(INTERN.personName);
    expect(fake.callsTo('internships.list')[0]).toMatchObject({ query: '0317', townshipId: 't1' });
    const search = screen.getByRole('searchbox', { name: '搜索' });
    expect(search).toHaveValue('0317');
    expect(screen.getByRole('combobox', { name: '乡镇(街道)' })).toBeInTheDocument();

    await userEvent.clear(search);
    await userEvent.type(search, '买买提{Enter}');
    await waitFor(() =>
      expect(fake.callsTo('internships.list').at(-1)).toMatchObject({ query: '买买提', townshipId: 't1' }),
    );

    await resetsToFirstPage(fake.callsTo, 'internships.list');
    expect(screen.getByRole('searchbox', { name: '搜索' })).toHaveValue('');
  });

  it('says nothing matched when a search finds no intern', async () => {
    const fake = createFakeApi({
      'internships.list': () => ok({ items: [], total: 0 }),
      'employers.list': () => ok({ items: [INTERN_BASE], total: 1 }),
    });
    renderWithApp(<InternListTab onChanged={vi.fn()} />, {
      api: fake.api,
      settings: SETTINGS,
      route: '/internships/interns?q=9999',
    });
    expect(await screen.findByText(/没有符合条件的见习人员/)).toBeInTheDocument();
  });
});
