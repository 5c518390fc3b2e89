// The 考核结果 roster kind (issue 15; DOMAIN §11.1 at 结业): the result sheet a 定点培训机构 sends after the
// assessment. A row names the class by 班级编号 and the trainee by 公民身份号码 (the person must be enrolled in that
// class); 出勤学时, 考核结果 (§11.1 list), 证书类型 (E31), 证书编号 and 发证日期 are validated with the shared
// resultRow schema and written by the training module's saveResults — the service the 录入考核结果 grid saves
// through — so the dry run rehearses exactly its rules: the class opened, hours ≤ the class's hours, a certificate
// number unique per type (against the register and the rows before it), a trainee on a reviewed roster locked.
import type { z } from 'zod';
import { RESULT_IMPORT_FIELDS, ROSTER_FIELD_TABLES } from '../../../../shared/contract/roster-imports';
import { resultRow } from '../../../../shared/contract/training';
import { CERTIFICATES, TRAINING_RESULTS } from '../../../../shared/enums/training-codes';
import { prepared } from '../../db/prepared';
import type { HeaderSpec } from '../../excel/import/headers';
import type { MappedRow } from '../../excel/import/rows';
import { saveResults } from '../training/results';
import { codeTable, readCode } from './person-codes';
import type { RowCells } from './roster-cells';
import { fieldLabel, rosterSpecs, type RosterRow, type RosterSpec, type RowEnv, type RowRead } from './roster-kind';
import { choiceGuide, labels } from './template';
import { HEADER_NOTE, REGISTERED_NAME_GUIDE, type TemplateDefinition } from './template-writer';
import { CLASS_CODE_SPEC, classRosterKind, classRosterRow } from './trainee-roster';

const OWN: HeaderSpec[] = [
  CLASS_CODE_SPEC,
  { key: 'attendedHours', label: '出勤学时', synonyms: ['实际学时', '实际出勤学时', '实到学时', '学时', '出勤课时'] },
  { key: 'result', label: '考核结果', synonyms: ['考试结果', '鉴定结果', '考核情况', '结业考核结果', '成绩'] },
  { key: 'certType', label: '证书类型', synonyms: ['证书种类', '证书名称', '取得证书', '证书等级', '获证类型'] },
  { key: 'certNo', label: '证书编号', synonyms: ['证书号', '证书号码', '证书编码'] },
  { key: 'certDate', label: '发证日期', synonyms: ['发证时间', '颁证日期', '取证日期', '证书日期'] },
];
export const RESULT_IMPORT_SPECS: RosterSpec[] = rosterSpecs('考核结果', ROSTER_FIELD_TABLES.results, OWN);
const TEXT_KEYS: ReadonlySet<string> = new Set(['idNumber', 'classCode', 'certNo']);
const label = fieldLabel(RESULT_IMPORT_FIELDS);

const RESULT = codeTable(TRAINING_RESULTS, {
  通过: '1',
  及格: '1',
  未通过: '2',
  不及格: '2',
  退学: '4',
  中途退出: '4',
});
const CERTIFICATE = codeTable(CERTIFICATES, {
  初级工: '01',
  五级: '01',
  中级工: '02',
  四级: '02',
  高级工: '03',
  三级: '03',
  专项能力证书: '04',
  合格证书: '05',
  创业合格证书: '06',
  无: '00',
  无证书: '00',
});

/** resultRow paths (and training.results.save's `rows.N.x` fields) → the column that holds the value. */
const PATH_COLUMN: Record<string, string> = {
  classId: 'classCode',
  enrolmentId: 'idNumber',
  attendedHours: 'attendedHours',
  result: 'result',
  certType: 'certType',
  certNo: 'certNo',
  certDate: 'certDate',
};
const columnOf = (field: string) => PATH_COLUMN[field.replace(/^rows\.\d+\./, '')] ?? 'idNumber';

export interface ResultRosterRow extends RosterRow {
  classId: string;
  input: z.output<typeof resultRow>;
}

function readHours(c: RowCells): number | null {
  const t = c.text('attendedHours');
  if (t === undefined) return null;
  const n = Number(t);
  if (!Number.isInteger(n) || n < 0) {
    c.fail('attendedHours', '出勤学时应为不小于0的整数');
    return null;
  }
  return n;
}

function readRow(mapped: MappedRow, env: RowEnv): RowRead<ResultRosterRow> {
  const { row } = mapped;
  const { c, who, classId } = classRosterRow(mapped, env, label, '该人员尚未在人员信息中登记');
  const { bad, fail, text, code } = c;
  let enrolmentId = '';
  if (classId && who.found) {
    const id = prepared(env.ctx.db, 'SELECT id FROM training_enrolments WHERE class_id = ? AND person_id = ?')
      .pluck()
      .get(classId, who.found.id) as string | undefined;
    if (id) enrolmentId = id;
    else fail('idNumber', `该人员不是培训班“${text('classCode')}”的学员，请核对班级编号和公民身份号码`);
  }
  const certDate = c.date('certDate');
  const raw = {
    enrolmentId,
    attendedHours: readHours(c),
    result: code('result', (t) => readCode(label('result'), RESULT, TRAINING_RESULTS, t)) ?? null,
    certType: code('certType', (t) => readCode(label('certType'), CERTIFICATE, CERTIFICATES, t)) ?? null,
    certNo: text('certNo') ?? null,
    certDate,
  };
  if (!raw.result && !bad.has('result')) fail('result', '请填写考核结果');
  const parsed = c.parse(resultRow, raw, columnOf);
  const ok = !bad.size && parsed.success;
  return { idNumber: who.idNumber, read: ok ? { row, source: mapped, classId, input: parsed.data } : null };
}

const TEMPLATE: TemplateDefinition = {
  fileName: '培训考核结果导入模板.xlsx',
  dataSheet: '考核结果',
  title: '培训考核结果导入模板',
  specs: RESULT_IMPORT_SPECS,
  guide: {
    classCode: ['文本，如 PX2026-001', '培训班的班级编号'],
    name: REGISTERED_NAME_GUIDE,
    idNumber: ['文本，18位', '按公民身份号码查找本班学员；本列已设为文本格式，请勿改为数值'],
    attendedHours: ['整数', '不能超过培训班的课程学时'],
    result: choiceGuide(TRAINING_RESULTS),
    certType: choiceGuide(CERTIFICATES),
    certNo: ['文本', '取得证书时必填；同一类证书的编号不能重复'],
    certDate: ['日期，如 2026-11-28', '取得证书时必填，不能晚于今天'],
  },
  lists: () => ({ result: labels(TRAINING_RESULTS), certType: labels(CERTIFICATES) }),
  textKeys: TEXT_KEYS,
  wideKeys: ['name', 'certType', 'certNo'],
  notes: [
    HEADER_NOTE,
    '2. 每人一行；人员须是该培训班的学员，培训班须已开班。',
    '3. 导入前程序会逐行检查（学时不超过课程学时、证书编号不重复等），列出每个错误所在的行和列；有错误时不会导入任何数据。',
  ],
};

export const RESULT_ROSTER = classRosterKind<ResultRosterRow>({
  id: 'results',
  noun: '培训考核结果表',
  recordNoun: '考核结果',
  specs: RESULT_IMPORT_SPECS,
  textKeys: TEXT_KEYS,
  template: TEMPLATE,
  uniqueIds: true,
  readRow,
  apply(ctx, r) {
    saveResults(ctx, { classId: r.classId, rows: [r.input] });
    return {};
  },
  columnOf,
});
