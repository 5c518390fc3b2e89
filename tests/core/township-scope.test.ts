// Township scope (issue 19): a 乡镇经办 of A calls every read channel the permission table gives them and no answer —
// JSON, job result or exported workbook cell — holds the name, ID number or phone of a person of township B. The
// channel list comes from shared/contract/permissions.ts, so a new read channel without inputs here fails the test.
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '../../shared/contract';
import { PERMISSIONS } from '../../shared/contract/permissions';
import { EXPORTABLE_REPORTS, reportInfo } from '../../shared/contract/reports';
import type { JobStatus } from '../../shared/contract/system';
import { scopeScene, waitJobAs, workbookText, type ScopedPerson, type ScopeScene } from './township-scope-scene';

type Inputs = (s: ScopeScene) => unknown[];
const month = { month: '2026-11' };
const page = { page: 1, pageSize: 100 };

function reportInputs(s: ScopeScene): unknown[] {
  const all: unknown[] = EXPORTABLE_REPORTS.map((report) => {
    const info = reportInfo(report);
    const period = info?.period === 'range' ? { from: '2026-10', to: '2026-11' } : month;
    return { report, full: false, ...period };
  });
  return [...all, { report: 'RPT-01', full: false, month: '2026-11', townshipId: s.c.town1 }];
}

/** Answers (channel#input) that list persons of both townships to the administrator, and A's to A's clerk. */
const LISTS_OF_BOTH = [
  'persons.list#0',
  'recognitions.list#0',
  'registrations.list#0',
  'placements.listByPost#0',
  'postWorklists.contractsEnding#0',
  'internships.list#0',
  'attendance.grid#0',
  'training.classes.get#0',
];

/** Inputs for every read channel: each answer is searched for B's persons. */
export const READ_INPUTS: Partial<Record<Channel, Inputs>> = {
  'system.info': () => [{}],
  'settings.get': () => [{}],
  'regions.list': () => [{}],
  'regions.builtInCounties': () => [{}],
  'audit.list': (s) => [{}, { entity: 'person' }, { personId: s.b.reg.id }, { personId: s.a.reg.id }],
  'audit.search': () => [
    { page: 1, size: 200 },
    { entity: 'registration', page: 1, size: 200 },
  ],
  'audit.facets': () => [{}],
  'audit.export': () => [{}],
  'reports.export': reportInputs,
  'persons.get': (s) => [{ id: s.b.reg.id }, { id: s.a.reg.id }],
  'persons.list': (s) => [
    { ...page },
    { ...page, q: s.b.reg.name },
    { ...page, q: s.b.reg.idNumber },
    { ...page, q: s.b.reg.phone },
    { ...page, deleted: true },
    { ...page, isDifficult: true },
    { ...page, onPost: true },
  ],
  'persons.revealId': (s) => [{ id: s.b.reg.id }],
  'persons.revealPhone': (s) => [{ id: s.b.reg.id }],
  'imports.persons.mappings.list': () => [{}],
  'imports.persons.template': () => [{}],
  'imports.registrations.mappings.list': () => [{}],
  'imports.registrations.template': () => [{}],
  'imports.placements.mappings.list': () => [{}],
  'imports.placements.template': () => [{}],
  'imports.trainees.mappings.list': () => [{}],
  'imports.trainees.template': () => [{}],
  'calendar.year': () => [{ year: 2026 }],
  'home.badges': () => [{}],
  'persons.exportRoster': () => [{}, { full: true }],
  'registrations.get': (s) => [{ id: s.ids.bRegistration }],
  'registrations.listByPerson': (s) => [{ personId: s.b.reg.id }],
  'registrations.listDeleted': (s) => [{ personId: s.b.reg.id }],
  'registrations.list': (s) => [{ ...page }, { ...page, query: s.b.reg.name }],
  'registrations.staffNames': () => [{}],
  'registrations.rules': () => [{ date: '2026-11-28' }],
  'registrations.cancelIncomeStandard': (s) => [{ id: s.ids.bRegistration, date: '2026-11-28' }],
  'contacts.listByRegistration': (s) => [{ registrationId: s.ids.bRegistration }],
  'contacts.enrolmentsByRegistration': (s) => [{ registrationId: s.ids.bRegistration }],
  'contacts.lookup': (s) => [{ q: s.b.reg.name }, { q: '乙乡' }, { q: s.b.reg.phone }, { q: s.b.reg.idNumber }],
  'contactWorklists.toContact': () => [{ ...month }],
  'contactWorklists.lostContact': () => [{ ...month }],
  'contactWorklists.firstContactDue': () => [{ ...month }],
  'contactWorklists.counts': () => [{ ...month }],
  'employers.get': (s) => [{ id: s.c.employerId }, { id: s.ids.hostId }],
  'employers.list': () => [{ ...page }],
  'posts.get': (s) => [{ id: s.c.ruralPostId }, { id: s.c.urbanPostId }],
  'posts.list': () => [{ ...page }],
  'posts.defaultStandard': () => [{ areaType: 'rural', fullTime: true, onDate: '2026-11-01' }],
  'placements.preview': (s) => [{ personId: s.b.reg.id, postId: s.c.urbanPostId, startDate: '2026-11-20' }],
  'placements.get': (s) => [{ id: s.ids.bPlacement }],
  'placements.deletedAssessments': (s) => [{ placementId: s.ids.bPlacement }],
  'placements.listByPost': (s) => [{ postId: s.c.ruralPostId, includeDeleted: true }],
  'placements.listByPerson': (s) => [{ personId: s.b.placed.id, includeDeleted: true }],
  'placements.suggestForPost': (s) => [{ postId: s.c.urbanPostId, startDate: '2026-12-01', limit: 50 }],
  'postWorklists.vacancies': () => [{ ...page }],
  'postWorklists.subsidyEnding': () => [{ ...page, withinDays: 3650 }],
  'postWorklists.retiring': () => [{ ...page, withinDays: 36500 }],
  'postWorklists.vacancyReports': () => [{ ...page }],
  'postWorklists.contractsEnding': () => [{ ...page, withinDays: 730 }],
  'postWorklists.counts': () => [{}],
  'flexibleSubsidies.listByPerson': (s) => [{ personId: s.b.reg.id }, { personId: s.a.reg.id }],
  'flexibleSubsidies.plan': (s) => [{ personId: s.b.reg.id, startMonth: '2026-11' }],
  'internships.get': (s) => [{ id: s.ids.bInternship }],
  'internships.list': (s) => [
    { ...page },
    { ...page, hostId: s.ids.hostId },
    { ...page, personId: s.b.intern.id },
    { ...page, query: s.b.intern.name },
  ],
  'internships.retention': (s) => [{ hostId: s.ids.hostId, from: '2026-01-01', to: '2026-12-31' }, {}],
  'internships.retentionByHost': () => [{ from: '2026-01-01', to: '2026-12-31' }],
  'internshipWorklists.due': () => [{}],
  'recognitions.check': (s) => [{ personId: s.b.reg.id, applyDate: '2026-11-20', categories: ['K01'] }],
  'recognitions.get': (s) => [{ id: s.ids.bRecognition }],
  'recognitions.list': (s) => [{ ...page }, { ...page, query: s.b.rec.name }],
  'recognitions.listByPerson': (s) => [{ personId: s.b.rec.id }],
  'recognitions.listDeleted': (s) => [{ personId: s.b.rec.id }],
  'recognitionWorklists.pendingVillage': () => [{ ...page }],
  'recognitionWorklists.inNotice': () => [{ ...page }],
  'recognitionWorklists.pendingTownship': () => [{ ...page }],
  'recognitionWorklists.pendingCounty': () => [{ ...page }],
  'recognitionWorklists.newThisMonth': () => [{ ...page }],
  'recognitionWorklists.shouldExit': () => [{ ...page }],
  'recognitionWorklists.assistanceDue': () => [{ ...page }],
  'recognitionWorklists.counts': () => [{}],
  'attendance.ofPerson': (s) => [{ personId: s.b.placed.id }],
  'attendance.grid': (s) => [{ ...month, employerId: s.c.employerId }],
  'subsidies.get': (s) => [{ id: s.ids.batchId }],
  'subsidies.list': () => [{ ...month }, {}],
  'subsidies.claimPeriod': () => [{ ...month }],
  'subsidies.rosterUnentered': () => [{ kind: 'post', ...month }],
  'subsidies.draftMonths': () => [{ kind: 'post' }, { kind: 'training' }],
  'subsidies.overview': () => [{ ...month }],
  'allowances.list': () => [{ ...month }],
  'home.overview': () => [{ ...month }, {}],
  'periodLocks.list': () => [{}],
  'ruleSettings.list': () => [{}],
  'reportLayouts.list': () => [{}],
  'reportLayouts.get': () => [{ report: 'RPT-04' }, { report: 'RPT-05' }],
  'training.providers.list': () => [{}],
  'training.classes.get': (s) => [{ id: s.ids.classId }],
  'training.removedTrainees': (s) => [{ classId: s.ids.classId }],
  'training.classes.list': () => [{ ...page }],
  'training.followUps': () => [{}],
  'training.person': (s) => [{ personId: s.b.reg.id }],
  'training.rules.get': () => [{ date: '2026-11-28' }],
  'imports.results.mappings.list': () => [{}],
  'imports.results.template': () => [{}],
};

/** Read channels that are not called, and why. */
const NOT_CALLED: Partial<Record<Channel, string>> = {
  'auth.changePassword': 'changes the caller’s own password (a write with the read capability)',
  'jobs.status': 'called for every job above',
  'jobs.cancel': 'no job of another person to cancel; a job id is no person data',
  'files.take': 'called for every written file above',
};

const READ_CHANNELS = CHANNELS.filter((c) => PERMISSIONS[c] === 'read');

async function answerText(s: ScopeScene, session: string, channel: Channel, input: unknown): Promise<string> {
  const r = await s.core.invoke(channel, input, session);
  const parts = [JSON.stringify(r)];
  const jobId = r.ok ? (r.data as { jobId?: string } | null)?.jobId : undefined;
  if (jobId) {
    const status: JobStatus = await waitJobAs(s, session, jobId);
    parts.push(JSON.stringify(status));
    const fileId = status.result?.ok ? (status.result.data as { fileId?: string }).fileId : undefined;
    if (fileId) parts.push(await workbookText(s, session, fileId));
  }
  return parts.join('\n');
}

/** Which of the persons' name / ID number / phone the text holds. */
const leaks = (text: string, persons: ScopedPerson[]) =>
  persons.flatMap((p) => [p.name, p.idNumber, p.phone].filter((v) => text.includes(v)));

describe('township scope: a 乡镇经办 sees only their townships', () => {
  let s: ScopeScene;
  const clerkTexts = new Map<string, string>();
  const adminTexts = new Map<string, string>();
  beforeAll(async () => {
    s = await scopeScene();
    for (const channel of READ_CHANNELS) {
      const inputs = READ_INPUTS[channel]?.(s) ?? [];
      for (const [i, input] of inputs.entries()) {
        clerkTexts.set(`${channel}#${i}`, await answerText(s, s.clerkA, channel, input));
        adminTexts.set(`${channel}#${i}`, await answerText(s, s.core.adminSession, channel, input));
      }
    }
  }, 60_000);

  it('every read channel of the permission table has inputs here (or a reason not to be called)', () => {
    const missing = READ_CHANNELS.filter((c) => !READ_INPUTS[c] && !NOT_CALLED[c]);
    expect(missing).toEqual([]);
  });

  it('no answer of any read channel names a person of township B', () => {
    const found = [...clerkTexts].flatMap(([key, text]) => leaks(text, Object.values(s.b)).map((v) => `${key}: ${v}`));
    expect(found).toEqual([]);
  });

  it('the administrator sees both townships in the same scene (the test can fail)', () => {
    const bSeen = (key: string) => leaks(adminTexts.get(key) ?? '', Object.values(s.b)).length > 0;
    for (const key of [
      ...LISTS_OF_BOTH,
      'contactWorklists.toContact#0',
      'subsidies.get#0',
      'audit.search#0',
      'reports.export#0',
      'persons.exportRoster#0',
    ])
      expect(bSeen(key), key).toBe(true);
    // …and the clerk still sees A's persons there.
    const aSeen = (key: string) => leaks(clerkTexts.get(key) ?? '', Object.values(s.a)).length > 0;
    for (const key of LISTS_OF_BOTH) expect(aSeen(key), key).toBe(true);
  });

  it('the navigation badges count the clerk’s townships, as their own count channels do, and differ from the county', () => {
    const data = (key: string, texts = clerkTexts) => JSON.parse(texts.get(key)!.split('\n')[0]).data;
    const clerk = data('home.badges#0');
    expect(clerk.recognitions).toEqual(data('recognitionWorklists.counts#0'));
    expect(clerk.contacts.toContact).toBe(data('contactWorklists.counts#0').toContact);
    expect(data('home.badges#0', adminTexts)).not.toEqual(clerk);
  });

  it('a record of B is 找不到 for the clerk', () => {
    const r = JSON.parse(clerkTexts.get('persons.get#0')!.split('\n')[0]);
    expect(r).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '找不到该记录：它不属于您负责的乡镇（乌帕尔镇）。' },
    });
  });
});
