// The 培训学员 roster kind (issue 15; DOMAIN §11.1 TrainingEnrolment): the roster a 定点培训机构 sends for one or
// more classes. A row names a registered person by 公民身份号码 (a person not in the register is refused: import
// the persons first), the class by 班级编号, the E33 category and the enrolment date; the enrolment is validated
// with the shared enrolInput schema and written by the training module's enrol, which applies BR-33 (category
// against the register as of the class start), BR-34 (no overlapping class) and the class's capacity and status:
// the dry run rehearses exactly that.
import type { z } from 'zod';
import { ROSTER_FIELD_TABLES, TRAINEE_IMPORT_FIELDS } from '../../../../shared/contract/roster-imports';
import { enrolInput } from '../../../../shared/contract/training';
import { TRAINEE_CATEGORIES } from '../../../../shared/enums/training-codes';
import { prepared } from '../../db/prepared';
import type { HeaderSpec } from '../../excel/import/headers';
import type { MappedRow } from '../../excel/import/rows';
import { enrol } from '../training/enrol';
import { codeTable, readCode } from './person-codes';
import { rowCells, rowPerson, type RowCells } from './roster-cells';
import {
  fieldLabel,
  rosterSpecs,
  type RosterRow,
  type RosterSpec,
  type RowEnv,
  type RowRead,
  type TemplatedKind,
} from './roster-kind';
import { choiceGuide, labels } from './template';
import { HEADER_NOTE, REGISTERED_NAME_GUIDE, type TemplateDefinition } from './template-writer';
import { kindMappings } from './mappings';

/** The 班级编号 column (also the 考核结果 sheet's, results-roster.ts). */
export const CLASS_CODE_SPEC: HeaderSpec = {
  key: 'classCode',
  label: '班级编号',
  synonyms: ['培训班编号', '班级', '培训班', '班号', '期次'],
};

const OWN: HeaderSpec[] = [
  CLASS_CODE_SPEC,
  { key: 'category', label: '人员类别', synonyms: ['学员类别', '培训对象类别', '人员类型'] },
  { key: 'categoryNote', label: '类别说明', synonyms: ['类别依据', '备注说明'] },
  { key: 'graduationDate', label: '毕业时间', synonyms: ['毕业日期', '毕业年月'] },
  { key: 'enrolDate', label: '报名日期', synonyms: ['报名时间', '入学日期'] },
];
export const TRAINEE_IMPORT_SPECS: RosterSpec[] = rosterSpecs('培训学员', ROSTER_FIELD_TABLES.trainees, OWN);
const TEXT_KEYS: ReadonlySet<string> = new Set(['idNumber', 'classCode']);
const label = fieldLabel(TRAINEE_IMPORT_FIELDS);

const CATEGORY = codeTable(TRAINEE_CATEGORIES, {
  登记失业人员: '01',
  失业人员: '01',
  就业困难: '02',
  零就业家庭: '03',
  农村劳动力: '04',
  脱贫人口: '05',
  监测对象: '05',
  高校毕业生: '06',
  应届毕业生: '07',
});

/** enrolInput paths → the column that holds the value. */
const PATH_COLUMN: Record<string, string> = {
  classId: 'classCode',
  personId: 'idNumber',
  category: 'category',
  categoryNote: 'categoryNote',
  graduationDate: 'graduationDate',
  enrolDate: 'enrolDate',
};
const columnOf = (field: string) => PATH_COLUMN[field] ?? 'idNumber';

/** A training roster kind (学员, 考核结果): rows name a class; no defaults, no per-run state. */
export const classRosterKind = <R extends RosterRow>(
  kind: Omit<TemplatedKind<R, null>, 'mappings' | 'checkDefaults' | 'session'>,
): TemplatedKind<R, null> => ({
  ...kind,
  mappings: kindMappings(kind.id, kind.specs),
  checkDefaults: () => undefined,
  session: () => null,
});

/** The id of the class the row's 班级编号 names ('' when blank or unknown: recorded on the cell). */
export function rowClassId(c: RowCells, env: RowEnv): string {
  const classCode = c.text('classCode');
  if (!classCode) {
    c.fail('classCode', '请填写班级编号');
    return '';
  }
  const id = prepared(env.ctx.db, 'SELECT id FROM training_classes WHERE code = ?').pluck().get(classCode) as
    string | undefined;
  if (!id) c.fail('classCode', `找不到班级编号为“${classCode}”的培训班`);
  return id ?? '';
}

/**
 * The start of a row of a class's roster (trainees, results): its cells, the registered person it names (a person
 * not registered is refused with `unregistered`) and the class its 班级编号 names.
 */
export function classRosterRow(
  mapped: MappedRow,
  env: RowEnv,
  label: (key: string) => string,
  unregistered: string,
): { c: RowCells; who: ReturnType<typeof rowPerson>; classId: string } {
  const c = rowCells(mapped, env, label);
  const who = rowPerson(mapped, env, c);
  if (who.found === null) c.fail('idNumber', unregistered);
  return { c, who, classId: rowClassId(c, env) };
}

export interface TraineeRosterRow extends RosterRow {
  input: z.output<typeof enrolInput>;
}

function readRow(mapped: MappedRow, env: RowEnv): RowRead<TraineeRosterRow> {
  const { row } = mapped;
  const { c, who, classId } = classRosterRow(mapped, env, label, '该人员尚未在人员信息中登记，请先导入人员名册');
  const { bad, text, code } = c;
  const raw = {
    classId,
    personId: who.found?.id ?? '',
    category: code('category', (t) => readCode(label('category'), CATEGORY, TRAINEE_CATEGORIES, t)),
    categoryNote: text('categoryNote') ?? null,
    graduationDate: c.date('graduationDate'),
    enrolDate: c.date('enrolDate') ?? '',
  };
  const parsed = c.parse(enrolInput, raw, columnOf);
  const ok = !bad.size && parsed.success;
  return { idNumber: who.idNumber, read: ok ? { row, source: mapped, input: parsed.data } : null };
}

const TEMPLATE: TemplateDefinition = {
  fileName: '培训学员导入模板.xlsx',
  dataSheet: '培训学员',
  title: '培训学员导入模板',
  specs: TRAINEE_IMPORT_SPECS,
  guide: {
    name: REGISTERED_NAME_GUIDE,
    idNumber: ['文本，18位', '按公民身份号码查找人员，人员须已登记；本列已设为文本格式，请勿改为数值'],
    classCode: ['文本，如 PX2026-001', '培训班的班级编号'],
    category: choiceGuide(TRAINEE_CATEGORIES),
    categoryNote: ['文字', '台账中无法核对的类别（如农村转移就业劳动者、企业职工）须说明依据'],
    graduationDate: ['日期，如 2026-06-30', '毕业年度高校毕业生、应届初高中毕业生填写'],
    enrolDate: ['日期，如 2026-11-12', '不能晚于培训开始日期和今天'],
  },
  lists: () => ({ category: labels(TRAINEE_CATEGORIES) }),
  textKeys: TEXT_KEYS,
  wideKeys: ['name', 'categoryNote'],
  notes: [
    HEADER_NOTE,
    '2. 每人一行；人员须已在人员信息中登记，姓名须与已登记的一致。',
    '3. 人员类别按开班日期与台账核对（如城镇登记失业人员须有有效的失业登记）；导入前程序会逐行检查，列出每个错误所在的行和列。',
  ],
};

export const TRAINEE_ROSTER = classRosterKind<TraineeRosterRow>({
  id: 'trainees',
  noun: '培训学员名册',
  recordNoun: '培训报名',
  specs: TRAINEE_IMPORT_SPECS,
  textKeys: TEXT_KEYS,
  template: TEMPLATE,
  uniqueIds: false,
  readRow,
  apply(ctx, r) {
    enrol(ctx, r.input);
    return {};
  },
  columnOf,
});
