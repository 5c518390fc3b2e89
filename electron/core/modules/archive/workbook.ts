// The archive workbook of the persons past retention (DOMAIN §9.5, §9.8): before a purge the administrator exports
// everything the register holds about them — one sheet per kind of record, full ID, card and phone numbers (the
// channel needs 导出完整号码; the frame writes 内部资料 注意保密 on every sheet of a full export).
import type Database from 'better-sqlite3';
import { employmentStatusLabel, ethnicityLabel, sexLabel } from '../../../../shared/enums';
import {
  column as col,
  type ColumnType,
  type ReportColumn,
  type ReportDefinition,
} from '../../excel/report-definition';
import type { ReportSheet } from '../../excel/report-writer';
import { localDate } from '../../clock';

export const ARCHIVE_CODE = 'DAGD';
export const ARCHIVE_NAME = '到期档案';

type Spec = readonly [key: string, header: string, type?: ColumnType];
interface SheetSpec {
  name: string;
  /** Rows of the persons in @ids (a JSON array), columns named as the specs' keys. */
  sql: string;
  columns: readonly Spec[];
  map?: (r: Record<string, unknown>) => Record<string, unknown>;
}

const IDS = 'SELECT value FROM json_each(@ids)';
const WHO = `p.name AS person, p.id_number AS personId`;
const who: Spec[] = [
  ['person', '姓名'],
  ['personId', '公民身份号码', 'id'],
];

const SHEETS: readonly SheetSpec[] = [
  {
    name: '人员信息',
    sql: `SELECT p.name AS person, p.id_number AS personId, p.sex, p.birth_date AS birthDate, p.ethnicity, p.education,
      p.phone, t.name AS township, v.name AS village, p.address, p.hukou_region_id AS hukou, p.urban_rural AS urbanRural,
      p.retirement_category AS retirement, p.disability_cert_no AS disabilityCert, p.disability_type AS disabilityType,
      p.disability_grade AS disabilityGrade, p.poverty_status AS poverty, p.dibao, p.card_no AS cardNo,
      p.bank_card_no AS bankCard, p.bank_name AS bankName, p.employment_status AS employment,
      p.created_at AS entered, p.deleted_at AS deletedAt
      FROM persons p LEFT JOIN regions t ON t.id = p.township_id LEFT JOIN regions v ON v.id = p.residence_region_id
      WHERE p.id IN (${IDS}) ORDER BY p.id_number`,
    columns: [
      ...who,
      ['sex', '性别'],
      ['birthDate', '出生日期', 'date'],
      ['ethnicity', '民族'],
      ['education', '文化程度(代码)'],
      ['phone', '联系电话', 'phone'],
      ['township', '乡镇(街道)'],
      ['village', '村(社区)'],
      ['address', '现住址'],
      ['hukou', '户籍地(区划)'],
      ['urbanRural', '城乡'],
      ['retirement', '退休类别'],
      ['disabilityCert', '残疾人证号'],
      ['disabilityType', '残疾类别(代码)'],
      ['disabilityGrade', '残疾等级'],
      ['poverty', '脱贫/监测(代码)'],
      ['dibao', '低保'],
      ['cardNo', '就业创业证号'],
      ['bankCard', '社保卡号/银行账号', 'bank'],
      ['bankName', '开户行'],
      ['employment', '就业状态'],
      ['entered', '录入日期', 'date'],
      ['deletedAt', '删除日期', 'date'],
    ],
    map: (r) => ({
      ...r,
      sex: sexLabel(r.sex as string),
      ethnicity: ethnicityLabel(r.ethnicity as string),
      employment: employmentStatusLabel(r.employment as string),
      // Stored instants: the local day the person was entered or deleted.
      entered: localDate(r.entered as string),
      deletedAt: r.deletedAt ? localDate(r.deletedAt as string) : null,
    }),
  },
  {
    name: '家庭成员',
    sql: `SELECT ${WHO}, h.member_name AS member, h.member_id_number AS memberId, h.relation, h.status,
      h.works_age_able AS able FROM household_members h JOIN persons p ON p.id = h.person_id
      WHERE h.person_id IN (${IDS}) ORDER BY p.id_number, h.position`,
    columns: [
      ...who,
      ['member', '成员姓名'],
      ['memberId', '成员身份号码', 'id'],
      ['relation', '关系'],
      ['status', '目前状况'],
      ['able', '劳动年龄内有劳动能力'],
    ],
  },
  {
    name: '失业登记',
    sql: `SELECT ${WHO}, r.reg_date AS regDate, r.reason, r.service_level AS level, r.job_wish AS jobWish,
      r.job_intent AS jobIntent, r.responsible_staff AS staff, r.cancel_date AS cancelDate, r.cancel_reason AS cancelReason,
      r.cancel_note AS cancelNote FROM registrations r JOIN persons p ON p.id = r.person_id
      WHERE r.person_id IN (${IDS}) ORDER BY p.id_number, r.reg_date`,
    columns: [
      ...who,
      ['regDate', '登记日期', 'date'],
      ['reason', '失业原因(代码)'],
      ['level', '服务等级'],
      ['jobWish', '就业意愿(代码)'],
      ['jobIntent', '求职意向'],
      ['staff', '责任人'],
      ['cancelDate', '注销日期', 'date'],
      ['cancelReason', '注销原因(代码)'],
      ['cancelNote', '注销说明'],
    ],
  },
  {
    name: '联系记录',
    sql: `SELECT ${WHO}, c.contact_date AS contactDate, c.method, c.result, c.employment_status_found AS found,
      c.services, c.jobs_recommended AS jobs, c.service_result AS serviceResult, c.staff, c.remark
      FROM contacts c JOIN registrations r ON r.id = c.registration_id JOIN persons p ON p.id = r.person_id
      WHERE r.person_id IN (${IDS}) ORDER BY p.id_number, c.contact_date`,
    columns: [
      ...who,
      ['contactDate', '联系日期', 'date'],
      ['method', '联系方式(代码)'],
      ['result', '联系结果(代码)'],
      ['found', '就业状态(代码)'],
      ['services', '服务(代码)'],
      ['jobs', '推荐岗位数'],
      ['serviceResult', '服务结果'],
      ['staff', '联系人'],
      ['remark', '备注'],
    ],
  },
  {
    name: '公益性岗位安置',
    sql: `SELECT ${WHO}, e.name AS employer, po.title AS post, pl.basis_code AS basis, pl.start_date AS startDate,
      pl.contract_start AS contractStart, pl.contract_end AS contractEnd, pl.subsidy_first_month AS firstMonth,
      pl.leave_date AS leaveDate, pl.leave_reason AS leaveReason, pl.remark,
      (SELECT count(*) FROM attendance_months a WHERE a.placement_id = pl.id) AS months,
      (SELECT sum(a.paid_amount + a.si_subsidy) FROM attendance_months a WHERE a.placement_id = pl.id) AS paid
      FROM placements pl JOIN persons p ON p.id = pl.person_id JOIN posts po ON po.id = pl.post_id
      JOIN employers e ON e.id = po.employer_id WHERE pl.person_id IN (${IDS}) ORDER BY p.id_number, pl.start_date`,
    columns: [
      ...who,
      ['employer', '用人单位'],
      ['post', '岗位名称'],
      ['basis', '安置类别(代码)'],
      ['startDate', '上岗日期', 'date'],
      ['contractStart', '合同起', 'date'],
      ['contractEnd', '合同止', 'date'],
      ['firstMonth', '首次享受补贴年月'],
      ['leaveDate', '离岗日期', 'date'],
      ['leaveReason', '离岗原因(代码)'],
      ['months', '考勤月数', 'int'],
      ['paid', '核算补贴合计', 'money'],
      ['remark', '备注'],
    ],
  },
  {
    name: '就业见习',
    sql: `SELECT ${WHO}, e.name AS host, i.position, i.school, i.major, i.agreement_start AS startDate,
      i.agreement_end AS agreedEnd, i.end_date AS endDate, i.end_type AS endType, i.retained, i.remark,
      (SELECT sum(al.paid_amount + al.early_hire_amount) FROM internship_allowances al WHERE al.internship_id = i.id) AS paid
      FROM internships i JOIN persons p ON p.id = i.person_id JOIN employers e ON e.id = i.host_id
      WHERE i.person_id IN (${IDS}) ORDER BY p.id_number, i.agreement_start`,
    columns: [
      ...who,
      ['host', '见习单位'],
      ['position', '见习岗位'],
      ['school', '毕业院校'],
      ['major', '专业'],
      ['startDate', '协议起', 'date'],
      ['agreedEnd', '协议止', 'date'],
      ['endDate', '结束日期', 'date'],
      ['endType', '结束方式(代码)'],
      ['retained', '留用'],
      ['paid', '见习补贴合计', 'money'],
      ['remark', '备注'],
    ],
  },
  {
    name: '就业困难人员认定',
    sql: `SELECT ${WHO}, g.apply_date AS applyDate, g.categories, g.status, g.recognition_date AS recognised,
      g.refuse_date AS refused, g.refuse_reason AS refuseReason, g.exit_date AS exitDate, g.exit_reason AS exitReason,
      g.remark FROM recognitions g JOIN persons p ON p.id = g.person_id
      WHERE g.person_id IN (${IDS}) ORDER BY p.id_number, g.apply_date`,
    columns: [
      ...who,
      ['applyDate', '申请日期', 'date'],
      ['categories', '认定类别(代码)'],
      ['status', '状态(代码)'],
      ['recognised', '认定日期', 'date'],
      ['refused', '不予认定日期', 'date'],
      ['refuseReason', '不予认定原因'],
      ['exitDate', '退出日期', 'date'],
      ['exitReason', '退出原因(代码)'],
      ['remark', '备注'],
    ],
  },
  {
    name: '职业技能培训',
    sql: `SELECT ${WHO}, k.code AS classCode, k.occupation, k.start_date AS startDate, k.end_date AS endDate,
      e.attended_hours AS hours, e.result, e.cert_type AS certType, e.cert_no AS certNo, e.cert_date AS certDate,
      e.subsidy_fen + e.living_fen AS paid, e.employed_date AS employedDate, e.employed_unit AS employedUnit
      FROM training_enrolments e JOIN persons p ON p.id = e.person_id JOIN training_classes k ON k.id = e.class_id
      WHERE e.person_id IN (${IDS}) ORDER BY p.id_number, k.start_date`,
    columns: [
      ...who,
      ['classCode', '班级编号'],
      ['occupation', '培训工种'],
      ['startDate', '开班日期', 'date'],
      ['endDate', '结业日期', 'date'],
      ['hours', '出勤学时', 'int'],
      ['result', '考核结果'],
      ['certType', '证书类型(代码)'],
      ['certNo', '证书编号'],
      ['certDate', '发证日期', 'date'],
      ['paid', '培训补贴合计', 'money'],
      ['employedDate', '培训后就业日期', 'date'],
      ['employedUnit', '就业单位'],
    ],
  },
];

const toColumn = ([key, header, type = 'text']: Spec): ReportColumn =>
  col(key, header, type, type === 'int' || type === 'money' ? { sum: false } : {});

/** The workbook's sheets for the persons, with the 说明 line naming the rule and the cutoff. */
export function archiveSheets(
  db: Database.Database,
  persons: readonly { id: string }[],
  note: string,
  params: ReportSheet['params'],
): ReportSheet[] {
  const ids = JSON.stringify(persons.map((p) => p.id));
  return SHEETS.map((s) => {
    const def: ReportDefinition = {
      code: ARCHIVE_CODE,
      name: `${ARCHIVE_NAME}（${s.name}）`,
      title: '{县市名}{报表名}',
      sheetName: s.name,
      unitLabel: null,
      columns: [col('seq', '序号', 'seq'), ...s.columns.map(toColumn)],
      notes: [note],
    };
    const rows = (db.prepare(s.sql).all({ ids }) as Record<string, unknown>[]).map((r) => (s.map ? s.map(r) : r));
    return { def, rows, params };
  });
}
