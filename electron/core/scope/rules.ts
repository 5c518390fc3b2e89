import type Database from 'better-sqlite3';
import type { Channel } from '../../../shared/contract';
import { subjects as s, type Subject } from './subjects';

// How each channel keeps a 乡镇经办 inside their townships (issue 19). Every channel has one line — the
// `satisfies` makes a new channel without a line a compile error, and tests/core/township-scope.test.ts calls
// every read channel as a township clerk and looks for another township's persons in the answers.
//
//   none     — answers or changes nothing about persons or places (settings, divisions, rules, templates, jobs)
//   filtered — the handler filters its rows with ctx.scope (scope.ts: scopeSql / personScopeSql)
//   county   — a county-wide operation (a batch of the whole county, a period lock): refused for a township clerk
//   subjects — dispatch finds the person or place the input names and refuses one outside the townships before the
//              handler runs (a read answers 找不到, a write is refused); `filtered` too when the answer has rows
//              of several persons
// Every channel also gets the input check in check.ts: a townshipId / villageId outside the townships is refused.

// Inputs reach the resolvers already parsed by the channel's schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Input = any;
type ScopeRule =
  'none' | 'filtered' | 'county' | { subjects: (input: Input, db: Database.Database) => Subject[]; filtered?: true };

const by = (subjects: (input: Input, db: Database.Database) => Subject[], filtered?: true): ScopeRule =>
  filtered ? { subjects, filtered } : { subjects };

/** The record the input's id names. */
const byId = (subject: (db: Database.Database, id: string) => Subject[]): ScopeRule => by((i, db) => subject(db, i.id));

const personOf = by((i, db) => s.person(db, i.personId));

export const SCOPE_RULES = {
  'auth.status': 'none',
  'auth.setup': 'none',
  'auth.signIn': 'none',
  'auth.signOut': 'none',
  'auth.recover': 'none',
  'auth.changePassword': 'none',
  'accounts.list': 'none',
  'accounts.create': 'none',
  'accounts.update': 'none',
  'accounts.resetPassword': 'none',
  'accounts.deactivate': 'none',
  'accounts.activate': 'none',
  'accounts.setLockMinutes': 'none',

  'system.info': 'none',
  'jobs.status': 'none',
  'jobs.cancel': 'none',
  'settings.get': 'none',
  'settings.setOffice': 'none',
  'regions.list': 'none',
  'regions.create': 'none',
  'regions.rename': 'none',
  'regions.retire': 'none',
  'regions.restore': 'none',
  'regions.import': 'none',
  'audit.list': by((i, db) => s.person(db, i.personId), true),
  'files.take': 'none',
  'reports.export': 'filtered',
  'backups.settings': 'none',
  'backups.setRetention': 'none',
  'backups.setPassphrase': 'none',
  'backups.list': 'none',
  'backups.create': 'none',
  'backups.verify': 'none',
  'backups.restore': 'none',

  'persons.create': by((i, db) => s.region(db, i.residenceRegionId)),
  'persons.update': by((i, db) => [...s.person(db, i.id), ...s.region(db, i.residenceRegionId)]),
  'persons.get': byId(s.person),
  'persons.list': 'filtered',
  'persons.delete': byId(s.person),
  'persons.restore': byId(s.person),
  'persons.revealId': byId(s.person),
  'persons.revealPhone': byId(s.person),
  'imports.persons.check': 'filtered',
  'imports.persons.commit': 'filtered',
  'imports.persons.errorWorkbook': 'none',
  'imports.persons.mappings.list': 'none',
  'imports.persons.mappings.save': 'none',
  'imports.persons.mappings.delete': 'none',
  'imports.persons.template': 'none',
  // A clerk lists and undoes only their own imports, whose rows their townships' commit allowed (imports/batch-*.ts).
  'imports.batches.list': 'filtered',
  'imports.batches.undo': 'filtered',

  'registrations.create': personOf,
  'registrations.update': byId(s.registration),
  'registrations.cancel': byId(s.registration),
  'registrations.setServiceLevel': byId(s.registration),
  'registrations.get': byId(s.registration),
  'registrations.listByPerson': personOf,
  'registrations.delete': byId(s.registration),
  'registrations.restore': byId(s.deletedRegistration),
  'registrations.listDeleted': personOf,
  'registrations.list': 'filtered',
  'registrations.staffNames': 'filtered',
  'registrations.rules': 'none',
  'contacts.create': by((i, db) => [...s.registration(db, i.registrationId), ...s.person(db, i.personId)]),
  'contacts.update': byId(s.contact),
  'contacts.delete': byId(s.contact),
  'contacts.restore': byId(s.deletedContact),
  'contacts.listByRegistration': by((i, db) => s.registration(db, i.registrationId)),
  'contacts.enrolmentsByRegistration': by((i, db) => s.registration(db, i.registrationId)),
  'contacts.lookup': 'filtered',
  'contactWorklists.toContact': 'filtered',
  'contactWorklists.lostContact': 'filtered',
  'contactWorklists.firstContactDue': 'filtered',
  'contactWorklists.counts': 'filtered',

  // Employers and posts are read county-wide (a township's persons may work for a county unit); changing one
  // needs its place in the townships.
  'employers.create': by((i, db) => s.region(db, i.regionId)),
  'employers.update': by((i, db) => [...s.employer(db, i.id), ...s.region(db, i.regionId)]),
  'employers.get': 'none',
  'employers.list': 'none',
  'employers.delete': byId(s.employer),
  'employers.restore': byId(s.employer),
  'posts.create': by((i, db) => s.region(db, i.workRegionId)),
  'posts.update': by((i, db) => [...s.post(db, i.id), ...s.region(db, i.workRegionId)]),
  'posts.get': 'none',
  'posts.list': 'none',
  'posts.revoke': byId(s.post),
  'posts.reinstate': byId(s.post),
  'posts.defaultStandard': 'none',
  'placements.create': personOf,
  'placements.preview': personOf,
  'placements.update': byId(s.placement),
  'placements.leave': byId(s.placement),
  'placements.reportVacancy': byId(s.placement),
  'placements.delete': byId(s.placement),
  'placements.restore': byId(s.placement),
  'placements.get': byId(s.placement),
  'placements.listByPost': 'filtered',
  'placements.listByPerson': personOf,
  'placements.suggestForPost': 'filtered',
  'placements.assess': by((i, db) => s.placement(db, i.placementId)),
  'placements.removeAssessment': byId(s.assessment),
  'placements.restoreAssessment': byId(s.deletedAssessment),
  'placements.deletedAssessments': by((i, db) => s.placement(db, i.placementId)),
  'placements.renew': byId(s.placement),
  'postWorklists.vacancies': 'none',
  'postWorklists.subsidyEnding': 'filtered',
  'postWorklists.retiring': 'filtered',
  'postWorklists.vacancyReports': 'filtered',
  'postWorklists.contractsEnding': 'filtered',
  'postWorklists.counts': 'filtered',

  'flexibleSubsidies.create': personOf,
  'flexibleSubsidies.update': byId(s.flexibleSubsidy),
  'flexibleSubsidies.terminate': byId(s.flexibleSubsidy),
  'flexibleSubsidies.remove': byId(s.flexibleSubsidy),
  'flexibleSubsidies.restore': byId(s.flexibleSubsidy),
  'flexibleSubsidies.listByPerson': personOf,
  'flexibleSubsidies.plan': personOf,
  'internships.create': personOf,
  'internships.end': byId(s.internship),
  'internships.update': byId(s.internship),
  'internships.delete': byId(s.internship),
  'internships.restore': byId(s.internship),
  'internships.get': byId(s.internship),
  'internships.list': by((i, db) => s.person(db, i.personId), true),
  'internships.retention': 'filtered',
  'internships.retentionByHost': 'filtered',
  'internshipWorklists.due': 'filtered',

  'recognitions.apply': personOf,
  'recognitions.check': personOf,
  'recognitions.villageReview': byId(s.recognition),
  'recognitions.townshipReview': byId(s.recognition),
  'recognitions.countyConfirm': byId(s.recognition),
  'recognitions.exit': byId(s.recognition),
  'recognitions.backfill': personOf,
  'recognitions.updateHelp': byId(s.recognition),
  'recognitions.get': byId(s.recognition),
  'recognitions.list': 'filtered',
  'recognitions.listByPerson': personOf,
  'recognitions.delete': byId(s.recognition),
  'recognitions.restore': byId(s.deletedRecognition),
  'recognitions.listDeleted': personOf,
  'recognitionWorklists.pendingVillage': 'filtered',
  'recognitionWorklists.inNotice': 'filtered',
  'recognitionWorklists.pendingTownship': 'filtered',
  'recognitionWorklists.pendingCounty': 'filtered',
  'recognitionWorklists.newThisMonth': 'filtered',
  'recognitionWorklists.shouldExit': 'filtered',
  'recognitionWorklists.assistanceDue': 'filtered',
  'recognitionWorklists.counts': 'filtered',

  'attendance.ofPerson': personOf,
  'attendance.generate': 'county',
  'attendance.grid': 'filtered',
  'attendance.save': by((i, db) => (i.rows as { id: string }[]).flatMap((r) => s.attendance(db, r.id))),
  'subsidies.claimPeriod': 'none', // the months a roster covers, from a setting
  'subsidies.generateBatch': 'county',
  'subsidies.rosterUnentered': 'county', // the county-wide roster generation's preview
  // A roster of another 乡镇 (or of a 单位 in one) is 找不到; the county's rosters are every township's.
  'subsidies.get': by((i, db) => s.subsidyBatch(db, i.id), true),
  'subsidies.list': 'filtered', // the county's rosters and the clerk's townships'
  'subsidies.draftMonths': 'filtered', // the months of the rosters subsidies.list would show the clerk
  'subsidies.review': 'county',
  'subsidies.unreview': 'county',
  'subsidies.report': 'county',
  'subsidies.pay': 'county',
  'subsidies.createSupplement': 'county',
  'subsidies.adjust': by((i, db) => [...s.subsidyBatch(db, i.batchId), ...s.subsidyItem(db, i.originalItemId)]),
  'subsidies.overview': 'filtered', // per-employer counts; the rosters of the county and the clerk's townships
  'allowances.generate': 'county',
  'allowances.list': 'filtered',
  'allowances.save': byId(s.allowance),
  'regions.builtInCounties': 'none',
  'regions.loadCounty': 'none',
  'regions.setUrbanRural': 'none',
  'imports.registrations.check': 'filtered',
  'imports.registrations.commit': 'filtered',
  'imports.registrations.errorWorkbook': 'none',
  'imports.registrations.mappings.list': 'none',
  'imports.registrations.mappings.save': 'none',
  'imports.registrations.mappings.delete': 'none',
  'imports.registrations.template': 'none',
  'imports.placements.check': 'filtered',
  'imports.placements.commit': 'filtered',
  'imports.placements.errorWorkbook': 'none',
  'imports.placements.mappings.list': 'none',
  'imports.placements.mappings.save': 'none',
  'imports.placements.mappings.delete': 'none',
  'imports.placements.template': 'none',
  'home.overview': 'filtered',
  'home.badges': 'filtered', // badges.ts: the clerk's townships' counts
  'periodLocks.list': 'none',
  'periodLocks.lock': 'county',
  'periodLocks.unlock': 'county',
  'ruleSettings.list': 'none',
  'ruleSettings.set': 'none',
  'reportLayouts.list': 'none',
  'reportLayouts.get': 'none',
  'reportLayouts.save': 'none',
  'reportLayouts.reset': 'none',
  'audit.search': 'filtered',
  'audit.facets': 'none',
  'audit.export': 'filtered',
  // Training classes and providers are read county-wide like posts; the trainees in them are filtered.
  'training.providers.designate': by((i, db) => s.employer(db, i.employerId)),
  'training.providers.list': 'none',
  'training.classes.create': 'none', // its townshipId is checked with every input's (check.ts)
  'training.classes.act': byId(s.trainingClass),
  'training.classes.get': 'filtered',
  'training.classes.list': 'none',
  'training.enrol': personOf,
  'training.unenrol': by((i, db) => s.enrolment(db, i.enrolmentId)),
  'training.restoreTrainee': byId(s.removedEnrolment),
  'training.removedTrainees': 'filtered',
  'training.results.save': by((i, db) =>
    (i.rows as { enrolmentId: string }[]).flatMap((r) => s.enrolment(db, r.enrolmentId)),
  ),
  'training.employment.record': by((i, db) => s.enrolment(db, i.enrolmentId)),
  'training.followUps': 'filtered',
  'training.person': personOf,
  'training.generateBatch': 'county',
  'training.rules.get': 'none',
  'training.rules.set': 'none',
  'training.classes.update': byId(s.trainingClass), // and its townshipId, as every input's
  // Trainee rosters name registered persons: roster-cells refuses a row of another township's person.
  'imports.trainees.check': 'filtered',
  'imports.trainees.commit': 'filtered',
  'imports.trainees.errorWorkbook': 'none',
  'imports.trainees.mappings.list': 'none',
  'imports.trainees.mappings.save': 'none',
  'imports.trainees.mappings.delete': 'none',
  'imports.trainees.template': 'none',
  // An employer's 考勤表 holds the month's rows of every township placed there: the county's work, as generating it.
  'imports.attendance.check': 'county',
  'imports.attendance.commit': 'county',
  'imports.attendance.errorWorkbook': 'none',
  'persons.exportRoster': 'filtered', // roster-export.ts: persons.list's query with ctx.scope
  'calendar.year': 'none',
  'calendar.setDay': 'none',
  'calendar.fillNational': 'none',
  // A 考核结果 sheet names enrolled persons: roster-cells refuses a row of another township's person.
  'imports.results.check': 'filtered',
  'imports.results.commit': 'filtered',
  'imports.results.errorWorkbook': 'none',
  'imports.results.mappings.list': 'none',
  'imports.results.mappings.save': 'none',
  'imports.results.mappings.delete': 'none',
  'imports.results.template': 'none',
  // 档案到期 (CFG-31): the whole county's closed cases; admin only (permissions.ts) and never a township's.
  'archive.list': 'county',
  'archive.export': 'county',
  'archive.purge': 'county',
  // CFG-25: the standard depends on the person (urban or rural 低保): their registration's township.
  'registrations.cancelIncomeStandard': byId(s.registration),
} as const satisfies Record<Channel, ScopeRule>;

export const scopeRuleOf = (channel: Channel): ScopeRule => SCOPE_RULES[channel];
