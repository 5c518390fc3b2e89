import type { Account, Role } from './accounts';
import { CHANNELS, type Channel } from './index';
import type { ImportKindId } from './roster-imports';

// Who may call what (issue 19, DOMAIN §9.4). dispatch checks this table before any handler runs; the renderer
// reads the same table only to hide or disable buttons. Every channel must have an entry: a unit test fails on a
// missing one, and the `satisfies` below makes it a compile error.
//
// Capabilities:
//   public — no sign-in needed (the auth.* calls that create or open a session)
//   read   — any signed-in account, including 只读 (lists, records, work lists, masked reports, own password)
//   write  — data entry: create, change, delete, import (乡镇经办, 审核员, 管理员)
//   review — 审核: county confirmation of recognitions, subsidy batch review/unreview/report/pay (审核员, 管理员)
//   admin  — accounts, office and division settings, backups and restore (管理员)
//   fullId — 导出完整号码: a separate flag on the account, checked on top of the channel's capability when the input
//            asks for full numbers (FULL_ID_WHEN below)
// To add a channel: give it one line in PERMISSIONS with one of these names.

export const CAPABILITIES = ['public', 'read', 'write', 'review', 'admin', 'fullId'] as const;
export type Capability = (typeof CAPABILITIES)[number];

export const ROLE_CAPABILITIES: Record<Role, readonly Capability[]> = {
  admin: ['public', 'read', 'write', 'review', 'admin'],
  reviewer: ['public', 'read', 'write', 'review'],
  clerk: ['public', 'read', 'write'],
  readonly: ['public', 'read'],
};

/** The seven channels of one roster import kind and their capabilities, as the person import's. */
const ROSTER_IMPORT_CAPABILITIES = {
  check: 'write',
  commit: 'write',
  errorWorkbook: 'write',
  'mappings.list': 'read',
  'mappings.save': 'write',
  'mappings.delete': 'write',
  template: 'read',
} as const satisfies Record<string, Capability>;
/** The kinds a clerk chooses on the import page have all seven channels (the 考勤表 import has three, listed below). */
type MappedKind = Exclude<ImportKindId, 'persons'>;
/** Compile-time check: every name the helper below makes is a real channel (a typo above fails here). */
type AllChannels<T extends Channel> = T;
type RosterImportChannel<K extends MappedKind> = AllChannels<`imports.${K}.${keyof typeof ROSTER_IMPORT_CAPABILITIES}`>;

function rosterImportPermissions<K extends MappedKind>(kind: K): Record<RosterImportChannel<K>, Capability> {
  const entries = Object.entries(ROSTER_IMPORT_CAPABILITIES).map(([action, cap]) => [`imports.${kind}.${action}`, cap]);
  // The keys are exactly RosterImportChannel<K> by construction; AllChannels above checks they are channels.
  return Object.fromEntries(entries) as Record<RosterImportChannel<K>, Capability>;
}

export const PERMISSIONS = {
  'auth.status': 'public',
  'auth.setup': 'public',
  'auth.signIn': 'public',
  'auth.signOut': 'public',
  'auth.recover': 'public',
  'auth.changePassword': 'read',
  'accounts.list': 'admin',
  'accounts.create': 'admin',
  'accounts.update': 'admin',
  'accounts.resetPassword': 'admin',
  'accounts.deactivate': 'admin',
  'accounts.activate': 'admin',
  'accounts.setLockMinutes': 'admin',

  'system.info': 'read',
  'jobs.status': 'read',
  'jobs.cancel': 'read',
  'settings.get': 'read',
  'settings.setOffice': 'admin',
  'regions.list': 'read',
  'regions.create': 'admin',
  'regions.rename': 'admin',
  'regions.retire': 'admin',
  'regions.restore': 'admin',
  'regions.import': 'admin',
  'audit.list': 'read',
  'files.take': 'read',
  'reports.export': 'read',
  'backups.settings': 'admin',
  'backups.setRetention': 'admin',
  'backups.setPassphrase': 'admin',
  'backups.list': 'admin',
  'backups.create': 'admin',
  'backups.verify': 'admin',
  'backups.restore': 'admin',

  'persons.create': 'write',
  'persons.update': 'write',
  'persons.get': 'read',
  'persons.list': 'read',
  'persons.delete': 'write',
  'persons.restore': 'write',
  'persons.revealId': 'read', // one full ID on screen: allowed to readers, always audited (§9.4)
  'persons.revealPhone': 'read', // one full phone on a calling list: as revealId, always audited
  'persons.exportRoster': 'read', // the filtered list as a 人员花名册; full numbers need fullId (FULL_ID_WHEN)
  'imports.persons.check': 'write',
  'imports.persons.commit': 'write',
  'imports.persons.errorWorkbook': 'write',
  'imports.persons.mappings.list': 'read',
  'imports.persons.mappings.save': 'write',
  'imports.persons.mappings.delete': 'write',
  'imports.persons.template': 'read',
  'imports.batches.list': 'write',
  'imports.batches.undo': 'write',

  'registrations.create': 'write',
  'registrations.update': 'write',
  'registrations.cancel': 'write',
  'registrations.setServiceLevel': 'write',
  'registrations.get': 'read',
  'registrations.listByPerson': 'read',
  'registrations.delete': 'write',
  'registrations.restore': 'write',
  'registrations.listDeleted': 'read',
  'registrations.list': 'read',
  'registrations.staffNames': 'read',
  'registrations.rules': 'read',
  'contacts.create': 'write',
  'contacts.update': 'write',
  'contacts.delete': 'write',
  'contacts.restore': 'write',
  'contacts.listByRegistration': 'read',
  'contacts.enrolmentsByRegistration': 'read',
  'contacts.lookup': 'read',
  'contactWorklists.toContact': 'read',
  'contactWorklists.lostContact': 'read',
  'contactWorklists.firstContactDue': 'read',
  'contactWorklists.counts': 'read',

  'employers.create': 'write',
  'employers.update': 'write',
  'employers.get': 'read',
  'employers.list': 'read',
  'employers.delete': 'write',
  'employers.restore': 'write',
  'posts.create': 'write',
  'posts.update': 'write',
  'posts.get': 'read',
  'posts.list': 'read',
  'posts.revoke': 'write',
  'posts.reinstate': 'write',
  'posts.defaultStandard': 'read',
  'placements.create': 'write',
  'placements.preview': 'read',
  'placements.update': 'write',
  'placements.leave': 'write',
  'placements.reportVacancy': 'write',
  'placements.delete': 'write',
  'placements.restore': 'write',
  'placements.get': 'read',
  'placements.listByPost': 'read',
  'placements.listByPerson': 'read',
  'placements.suggestForPost': 'read',
  'placements.assess': 'write',
  'placements.removeAssessment': 'write',
  'placements.restoreAssessment': 'write',
  'placements.deletedAssessments': 'read',
  'placements.renew': 'write',
  'postWorklists.vacancies': 'read',
  'postWorklists.subsidyEnding': 'read',
  'postWorklists.retiring': 'read',
  'postWorklists.vacancyReports': 'read',
  'postWorklists.contractsEnding': 'read',
  'postWorklists.counts': 'read',

  'flexibleSubsidies.create': 'write',
  'flexibleSubsidies.update': 'write',
  'flexibleSubsidies.terminate': 'write',
  'flexibleSubsidies.remove': 'write',
  'flexibleSubsidies.restore': 'write',
  'flexibleSubsidies.listByPerson': 'read',
  'flexibleSubsidies.plan': 'read',
  'internships.create': 'write',
  'internships.end': 'write',
  'internships.update': 'write',
  'internships.delete': 'write',
  'internships.restore': 'write',
  'internships.get': 'read',
  'internships.list': 'read',
  'internships.retention': 'read',
  'internships.retentionByHost': 'read',
  'internshipWorklists.due': 'read',

  'recognitions.apply': 'write',
  'recognitions.check': 'read',
  'recognitions.villageReview': 'write',
  'recognitions.townshipReview': 'write',
  'recognitions.countyConfirm': 'review',
  'recognitions.exit': 'write',
  'recognitions.backfill': 'write',
  'recognitions.updateHelp': 'write',
  'recognitions.get': 'read',
  'recognitions.list': 'read',
  'recognitions.listByPerson': 'read',
  'recognitions.delete': 'write',
  'recognitions.restore': 'write',
  'recognitions.listDeleted': 'read',
  'recognitionWorklists.pendingVillage': 'read',
  'recognitionWorklists.inNotice': 'read',
  'recognitionWorklists.pendingTownship': 'read',
  'recognitionWorklists.pendingCounty': 'read',
  'recognitionWorklists.newThisMonth': 'read',
  'recognitionWorklists.shouldExit': 'read',
  'recognitionWorklists.assistanceDue': 'read',
  'recognitionWorklists.counts': 'read',

  'attendance.ofPerson': 'read',
  'attendance.generate': 'write',
  'attendance.grid': 'read',
  'attendance.save': 'write',
  'subsidies.claimPeriod': 'read',
  'subsidies.generateBatch': 'write',
  'subsidies.rosterUnentered': 'read',
  'subsidies.get': 'read',
  'subsidies.list': 'read',
  'subsidies.draftMonths': 'read',
  'subsidies.review': 'review',
  'subsidies.unreview': 'review',
  'subsidies.report': 'review',
  'subsidies.pay': 'review',
  'subsidies.createSupplement': 'write',
  'subsidies.adjust': 'write',
  'subsidies.overview': 'read',
  'allowances.generate': 'write',
  'allowances.list': 'read',
  'allowances.save': 'write',
  // First-run set-up and divisions (issue 14)
  'regions.builtInCounties': 'read',
  'regions.loadCounty': 'admin',
  'regions.setUrbanRural': 'admin',
  // Roster imports (issue 14): as the person import
  ...rosterImportPermissions('registrations'),
  ...rosterImportPermissions('placements'),
  // 首页 (issue 17)
  'home.overview': 'read',
  // Period lock, dated rule settings, the audit log (issue 19): a reviewer locks a month, only the administrator
  // unlocks it or changes a rule setting; reading and exporting the log is open to every account.
  'periodLocks.list': 'read',
  'periodLocks.lock': 'review',
  'periodLocks.unlock': 'admin',
  'ruleSettings.list': 'read',
  'ruleSettings.set': 'admin',
  // 报表格式 (DOMAIN §10 L4): every account exports with the county's layouts; only the administrator changes them.
  'reportLayouts.list': 'read',
  'reportLayouts.get': 'read',
  'reportLayouts.save': 'admin',
  'reportLayouts.reset': 'admin',
  'audit.search': 'read',
  'audit.facets': 'read',
  'audit.export': 'read',
  // 职业技能培训 (issue 15): data entry is write; the rule settings (CFG-32..37) are the administrator's. The
  // 培训补贴 roster is made by a clerk and reviewed through subsidies.review like every batch.
  'training.providers.designate': 'write',
  'training.providers.list': 'read',
  'training.classes.create': 'write',
  'training.classes.act': 'write',
  'training.classes.get': 'read',
  'training.classes.list': 'read',
  'training.enrol': 'write',
  'training.unenrol': 'write',
  'training.restoreTrainee': 'write',
  'training.removedTrainees': 'read',
  'training.results.save': 'write',
  'training.employment.record': 'write',
  'training.followUps': 'read',
  'training.person': 'read',
  'training.generateBatch': 'write',
  'training.rules.get': 'read',
  'training.rules.set': 'admin',
  // 工作日历 (issue 19): every account reads it; the administrator changes it.
  'calendar.year': 'read',
  'calendar.setDay': 'admin',
  'calendar.fillNational': 'admin',
  'training.classes.update': 'write',
  ...rosterImportPermissions('trainees'),
  'imports.attendance.check': 'write',
  'imports.attendance.commit': 'write',
  'imports.attendance.errorWorkbook': 'write',
  // Navigation badges in one read (issue 13)
  'home.badges': 'read',
  ...rosterImportPermissions('results'),
  // 档案到期 (CFG-31): the administrator's; the archive workbook always holds full numbers (FULL_ID_WHEN).
  'archive.list': 'admin',
  'archive.export': 'admin',
  'archive.purge': 'admin',
  // The C03 income standard on the cancel form (CFG-25)
  'registrations.cancelIncomeStandard': 'read',
} as const satisfies Record<Channel, Capability>;

/** Channels whose input can ask for full ID numbers: then the account also needs the fullId flag (§9.5). */
export const FULL_ID_WHEN: Partial<Record<Channel, (input: unknown) => boolean>> = {
  'reports.export': (input) => (input as { full?: unknown } | null)?.full === true,
  'persons.exportRoster': (input) => (input as { full?: unknown } | null)?.full === true,
  'archive.export': () => true,
};

/** Channels without an entry (for the unit test, and for a merge that adds channels). */
export const channelsWithoutPermission = (): string[] =>
  CHANNELS.filter((c) => !Object.prototype.hasOwnProperty.call(PERMISSIONS, c));

export type Caller = Pick<Account, 'role' | 'fullIdExport'>;

export function capabilityOf(channel: Channel): Capability {
  return (PERMISSIONS as Record<string, Capability>)[channel];
}

/** True when the account (null: nobody signed in) has the capability. */
export function hasCapability(account: Caller | null, capability: Capability): boolean {
  if (capability === 'public') return true;
  if (!account) return false;
  if (capability === 'fullId') return account.fullIdExport;
  return ROLE_CAPABILITIES[account.role].includes(capability);
}

/** What dispatch checks before any handler (the renderer asks canUse below, which adds the scope's county rule). */
export const canCall = (account: Caller | null, channel: Channel): boolean =>
  hasCapability(account, capabilityOf(channel));

/**
 * County-wide operations a 乡镇经办 may not make although their role writes: generating or reviewing a whole
 * roster, locking a period, importing an employer's 考勤表. The core refuses them by the scope rule `county`
 * (electron/core/scope/rules.ts); tests/core/township-scope-employment-writes.test.ts checks this list is exactly those channels.
 */
export const COUNTY_ONLY_CHANNELS = [
  'attendance.generate',
  'subsidies.generateBatch',
  'subsidies.rosterUnentered',
  'subsidies.review',
  'subsidies.unreview',
  'subsidies.report',
  'subsidies.pay',
  'subsidies.createSupplement',
  'allowances.generate',
  'periodLocks.lock',
  'periodLocks.unlock',
  'training.generateBatch',
  'imports.attendance.check',
  'imports.attendance.commit',
  'archive.list',
  'archive.export',
  'archive.purge',
] as const satisfies readonly Channel[];
const COUNTY_ONLY: ReadonlySet<Channel> = new Set(COUNTY_ONLY_CHANNELS);

/**
 * What a screen asks before showing a button: the role's capability (canCall, the table dispatch checks) and, for a
 * 乡镇经办, not a county-wide operation (the scope rule the core applies next).
 */
export const canUse = (account: Caller | null, channel: Channel): boolean =>
  canCall(account, channel) && !(account?.role === 'clerk' && COUNTY_ONLY.has(channel));
