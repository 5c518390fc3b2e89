import { z } from 'zod';
import { channel, jobChannel, writeChannel, writeJobChannel } from './define';
import { requiredText } from './fields';
import { writtenFile } from './files';
import { codeList, type CodeItem, type CodeOf } from '../enums/code-list';
import {
  ROSTER_PERSON_FIELDS,
  checkWarningFields,
  checkedFileFields,
  importFileInput,
  importToken,
  saveMappingInput,
  savedMapping,
  skipInvalidRows,
} from './imports';

// Roster imports other than persons (issue 14): a 失业登记 roster (registrations) and a 公益性岗位安置 roster
// (placements). Same steps as the person import: check (a dry run that reads, maps and validates every row, then
// rehearses every row through the module's own rules and rolls the rehearsal back: nothing is written) → commit
// (the rows that passed, in ONE transaction with one audit row, or nothing). Each kind has its template, its
// saved mappings and the error file (the rows with a 错误说明 column), channel for channel like imports.persons.*.
//
// registrations: a person is found by 公民身份号码; one not yet registered is created from the row's person
//   columns (姓名, 民族, 乡镇(街道), 村(社区) …; 当前就业状态 is 失业(未就业)), as a clerk bringing a township's roster
//   expects. The registration goes through registrations.create's rules (working age on the registration date,
//   one active registration, registrations never overlapping, the 登记地).
// placements: the person must already be registered (a placement rests on a recognition or the person's records,
//   which a roster row cannot supply) — a missing one is refused with a message saying to import the persons
//   first. The employer is found by 统一社会信用代码, else by name; the post by 岗位编号, else by employer and
//   岗位名称; a missing employer or post is created (listed in the check as 将新建). The placement goes through
//   placements.create's rules (eligibility, capacity, overlap …) and a refused row carries the rule's message.

// trainees: a provider's 培训学员 roster. The person must already be registered (a missing one is refused with a
//   message saying to import the persons first); the class is found by 班级编号; the enrolment goes through
//   training.enrol's rules (BR-33 category against the register as of the class start, BR-34 no overlap, capacity).

// results: a provider's 考核结果 sheet at 结业. Each row names a trainee by 班级编号 and 公民身份号码 (the person must
//   be enrolled in that class); hours, result and certificate go through training.results.save's rules (hours ≤ the
//   class's hours, a certificate number unique per type, the class opened, a trainee on a reviewed roster locked).

export const ROSTER_KINDS = ['registrations', 'placements', 'trainees', 'attendance', 'results'] as const;
export type RosterKindId = (typeof ROSTER_KINDS)[number];

/** The kinds a clerk chooses from on the import page, persons first. */
export const IMPORT_KIND_LIST = [
  { code: 'persons', label: '人员' },
  { code: 'registrations', label: '失业登记' },
  { code: 'placements', label: '公益性岗位安置' },
  { code: 'trainees', label: '培训学员' },
  { code: 'results', label: '培训考核结果' },
] as const satisfies readonly CodeItem[];
export type ImportKindId = CodeOf<typeof IMPORT_KIND_LIST>;
export const { label: importKindLabel } = codeList(IMPORT_KIND_LIST);

/** Every field a 失业登记 roster can fill, key → label, in the template's order. */
export const REGISTRATION_IMPORT_FIELDS = {
  ...ROSTER_PERSON_FIELDS,
  ethnicity: '民族',
  township: '乡镇(街道)',
  village: '村(社区)',
  phone: '联系电话',
  education: '文化程度',
  address: '详细地址',
  regDate: '登记日期',
  regPlace: '登记地',
  reason: '失业原因',
  receivesUi: '领取失业保险金',
  jobWish: '就业意愿',
  jobIntent: '求职意向',
  needs: '服务需求',
  responsibleStaff: '联系责任人',
  serviceLevel: '服务等级',
} as const;
export const REGISTRATION_IMPORT_REQUIRED = ['name', 'idNumber', 'regDate', 'reason', 'jobWish', 'responsibleStaff'];
export const REGISTRATION_IMPORT_NO_DEFAULT = ['name', 'idNumber', 'phone', 'address'];

/** Every field a 公益性岗位安置 roster can fill, key → label, in the template's order. */
export const PLACEMENT_IMPORT_FIELDS = {
  ...ROSTER_PERSON_FIELDS,
  employerName: '用人单位',
  uscc: '统一社会信用代码',
  employerNature: '单位性质',
  postCode: '岗位编号',
  postTitle: '岗位名称',
  postType: '岗位类别',
  workPlace: '工作地点',
  approvedCount: '核定岗位数',
  contractType: '用工方式',
  startDate: '上岗日期',
  contractStart: '合同开始日期',
  contractEnd: '合同截止日期',
  basis: '安置类别',
  basisDate: '安置依据日期',
  accidentInsurance: '意外伤害保险单号',
  remark: '备注',
} as const;
export const PLACEMENT_IMPORT_REQUIRED = [
  'name',
  'idNumber',
  'employerName',
  'postTitle',
  'startDate',
  'contractEnd',
  'basis',
];
export const PLACEMENT_IMPORT_NO_DEFAULT = ['name', 'idNumber', 'uscc', 'postCode', 'accidentInsurance'];

/** Every field a 培训学员 roster can fill, key → label, in the template's order. */
export const TRAINEE_IMPORT_FIELDS = {
  ...ROSTER_PERSON_FIELDS,
  classCode: '班级编号',
  category: '人员类别',
  categoryNote: '类别说明',
  graduationDate: '毕业时间',
  enrolDate: '报名日期',
} as const;
export const TRAINEE_IMPORT_REQUIRED = ['name', 'idNumber', 'classCode', 'category', 'enrolDate'];
export const TRAINEE_IMPORT_NO_DEFAULT = ['name', 'idNumber', 'categoryNote', 'graduationDate'];
/** Every field a 考核结果 sheet can fill, key → label, in the template's order. */
export const RESULT_IMPORT_FIELDS = {
  classCode: '班级编号',
  ...ROSTER_PERSON_FIELDS,
  // 出勤学时 as the grid and RPT-13 say it (audit7 gap 8); the import still reads a sheet headed 实际学时.
  attendedHours: '出勤学时',
  result: '考核结果',
  certType: '证书类型',
  certNo: '证书编号',
  certDate: '发证日期',
} as const;
export const RESULT_IMPORT_REQUIRED = ['classCode', 'name', 'idNumber', 'result'];
export const RESULT_IMPORT_NO_DEFAULT = ['name', 'idNumber', 'certNo', 'attendedHours'];
/** Every field an imported 考勤表 (RPT-05, shared/contract/attendance-import.ts) can fill, key → label (days d1…d31 are 1日…31日). */
export const ATTENDANCE_IMPORT_FIELDS: Record<string, string> = {
  name: '姓名',
  post: '岗位名称',
  ...Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`d${i + 1}`, `${i + 1}日`])),
  required: '应出勤天数',
  attended: '实际出勤天数',
  deduction: '扣减金额',
  deductionReason: '扣减原因',
  siPension: '单位缴纳养老保险',
  siMedical: '单位缴纳医疗保险',
  siUnemployment: '单位缴纳失业保险',
  siInjury: '单位缴纳工伤保险',
  assessment: '本月考核',
  remark: '备注',
  key: '考勤编号',
};
export const ATTENDANCE_IMPORT_REQUIRED = ['name', 'attended'];

/** Per kind: the field table, the required fields and those that take no default (the mapping panel's lists). */
export const ROSTER_FIELD_TABLES: Record<
  RosterKindId,
  { fields: Record<string, string>; required: readonly string[]; noDefault: readonly string[] }
> = {
  registrations: {
    fields: REGISTRATION_IMPORT_FIELDS,
    required: REGISTRATION_IMPORT_REQUIRED,
    noDefault: REGISTRATION_IMPORT_NO_DEFAULT,
  },
  placements: {
    fields: PLACEMENT_IMPORT_FIELDS,
    required: PLACEMENT_IMPORT_REQUIRED,
    noDefault: PLACEMENT_IMPORT_NO_DEFAULT,
  },
  trainees: { fields: TRAINEE_IMPORT_FIELDS, required: TRAINEE_IMPORT_REQUIRED, noDefault: TRAINEE_IMPORT_NO_DEFAULT },
  results: { fields: RESULT_IMPORT_FIELDS, required: RESULT_IMPORT_REQUIRED, noDefault: RESULT_IMPORT_NO_DEFAULT },
  attendance: {
    fields: ATTENDANCE_IMPORT_FIELDS,
    required: ATTENDANCE_IMPORT_REQUIRED,
    noDefault: Object.keys(ATTENDANCE_IMPORT_FIELDS),
  },
};

/** Something the commit will create besides the roster's own records (a person, an employer, a post). */
export const plannedCreation = z.object({
  /** Excel row of the first row that needs it. */
  row: z.number(),
  /** What a clerk recognises it by: 姓名（masked ID）, 单位名称, 单位/岗位名称. */
  name: z.string(),
  /** More: 统一社会信用代码, 岗位类别 and 核定人数 … ('' when nothing). */
  detail: z.string(),
});
export type PlannedCreation = z.infer<typeof plannedCreation>;

export const rosterImportCheck = z.object({
  ...checkedFileFields,
  kind: z.enum(ROSTER_KINDS),
  /** Rows that passed every check and rule: the registrations or placements the commit writes. */
  acceptedCount: z.number(),
  /** Created on the way, in file order (each once). */
  newPersons: z.array(plannedCreation),
  newEmployers: z.array(plannedCreation),
  newPosts: z.array(plannedCreation),
  /** Accepted rows with a value read as another (a place name as offices write it → the place), to look at. */
  ...checkWarningFields,
});
export type RosterImportCheck = z.infer<typeof rosterImportCheck>;

export const rosterImportCommitInput = z.object({ ...importToken.shape, skipInvalidRows });

export const rosterImportResult = z.object({
  /** Registrations or placements written. */
  created: z.number(),
  skipped: z.number(),
  persons: z.number(),
  employers: z.number(),
  posts: z.number(),
  /** The 导入前 copy taken just before the commit (its file name in backups/): restoring it undoes the import. */
  backup: z.string(),
  /** The import's batch (imports.batches.list / undo): 撤销本次导入 takes back this import's rows only. */
  batchId: z.string(),
});
export type RosterImportResult = z.infer<typeof rosterImportResult>;

/** The seven channels of one roster kind; `entity` is the audit entity of its commit. */
function rosterChannels(entity: string) {
  return {
    check: jobChannel(importFileInput, rosterImportCheck),
    commit: writeJobChannel(rosterImportCommitInput, rosterImportResult, entity),
    errorWorkbook: jobChannel(importToken, writtenFile),
    template: jobChannel(z.object({}), writtenFile),
    list: channel({ input: z.object({}), output: z.array(savedMapping) }),
    save: writeChannel(saveMappingInput, z.array(savedMapping), 'settings'),
    delete: writeChannel(z.object({ name: requiredText('对应关系名称', 60) }), z.array(savedMapping), 'settings'),
  };
}

const reg = rosterChannels('registration');
const pla = rosterChannels('placement');
const tra = rosterChannels('trainingEnrolment');
const res = rosterChannels('trainingEnrolment');

export const rosterImportsChannels = {
  'imports.registrations.check': reg.check,
  'imports.registrations.commit': reg.commit,
  'imports.registrations.errorWorkbook': reg.errorWorkbook,
  'imports.registrations.template': reg.template,
  'imports.registrations.mappings.list': reg.list,
  'imports.registrations.mappings.save': reg.save,
  'imports.registrations.mappings.delete': reg.delete,
  'imports.placements.check': pla.check,
  'imports.placements.commit': pla.commit,
  'imports.placements.errorWorkbook': pla.errorWorkbook,
  'imports.placements.template': pla.template,
  'imports.placements.mappings.list': pla.list,
  'imports.placements.mappings.save': pla.save,
  'imports.placements.mappings.delete': pla.delete,
  'imports.trainees.check': tra.check,
  'imports.trainees.commit': tra.commit,
  'imports.trainees.errorWorkbook': tra.errorWorkbook,
  'imports.trainees.template': tra.template,
  'imports.trainees.mappings.list': tra.list,
  'imports.trainees.mappings.save': tra.save,
  'imports.trainees.mappings.delete': tra.delete,
  'imports.results.check': res.check,
  'imports.results.commit': res.commit,
  'imports.results.errorWorkbook': res.errorWorkbook,
  'imports.results.template': res.template,
  'imports.results.mappings.list': res.list,
  'imports.results.mappings.save': res.save,
  'imports.results.mappings.delete': res.delete,
};
