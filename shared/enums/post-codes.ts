// Code lists of public-welfare posts and placements (DOMAIN §4): E17, E18, E19, E27, and the two small
// status lists of §3.7 / §3.8. Import from this file directly (shared/enums/index.ts re-exports the person
// lists only).
import { codeList, type CodeOf, type CodeItem } from './code-list';

/** 城镇/乡村 of a post (§3.7 area_type; BR-16 sets different targets and contracts for each). */
export const AREA_TYPES = [
  { code: 'urban', label: '城镇' },
  { code: 'rural', label: '乡村' },
] as const satisfies readonly CodeItem[];
export type AreaTypeCode = CodeOf<typeof AREA_TYPES>;
export const { codes: AREA_TYPE_CODES, label: areaTypeLabel } = codeList(AREA_TYPES);

/** E17 公益性岗位类别: U.. for 城镇 posts, V.. for 乡村 posts. */
export const POST_TYPES = [
  { code: 'U01', label: '社区公共管理与服务', area: 'urban' },
  { code: 'U02', label: '保洁绿化', area: 'urban' },
  { code: 'U03', label: '治安/交通协管', area: 'urban' },
  { code: 'U04', label: '劳动保障/社会保障协理', area: 'urban' },
  { code: 'U05', label: '养老助残托幼服务', area: 'urban' },
  { code: 'U06', label: '机关事业单位后勤辅助(门卫、收发、保洁)', area: 'urban' },
  { code: 'U07', label: '残疾人专职委员', area: 'urban' },
  { code: 'U99', label: '其他(城镇)', area: 'urban' },
  { code: 'V01', label: '村庄保洁', area: 'rural' },
  { code: 'V02', label: '生态护林/草原管护', area: 'rural' },
  { code: 'V03', label: '巡河/水利管护', area: 'rural' },
  { code: 'V04', label: '农村公路养护', area: 'rural' },
  { code: 'V05', label: '养老/助残/托幼服务', area: 'rural' },
  { code: 'V06', label: '治安巡逻/矛盾调解', area: 'rural' },
  { code: 'V07', label: '村级公共服务协理', area: 'rural' },
  { code: 'V08', label: '寄递物流/防疫/卫生', area: 'rural' },
  { code: 'V99', label: '其他(乡村)', area: 'rural' },
] as const satisfies readonly (CodeItem & { area: AreaTypeCode })[];
export type PostTypeCode = CodeOf<typeof POST_TYPES>;
export const { codes: POST_TYPE_CODES, label: postTypeLabel } = codeList(POST_TYPES);
/** E17: the area a post type belongs to (U → urban, V → rural). */
export const postTypeArea = (code: string): AreaTypeCode | null =>
  POST_TYPES.find((t) => t.code === code)?.area ?? null;

/** E18 用工方式. BR-16: urban posts 1 or 3, rural posts 1 or 2. */
export const CONTRACT_TYPES = [
  { code: '1', label: '劳动合同' },
  { code: '2', label: '劳务协议' },
  { code: '3', label: '非全日制用工' },
] as const satisfies readonly CodeItem[];
export type ContractTypeCode = CodeOf<typeof CONTRACT_TYPES>;
export const { codes: CONTRACT_TYPE_CODES, label: contractTypeLabel } = codeList(CONTRACT_TYPES);
/** BR-16: the contract types allowed for each area. */
export const CONTRACT_TYPES_BY_AREA: Readonly<Record<AreaTypeCode, readonly ContractTypeCode[]>> = {
  urban: ['1', '3'],
  rural: ['1', '2'],
};

/** E19 离岗原因. */
export const LEAVE_REASONS = [
  { code: 'L01', label: '通过其他渠道实现就业' },
  { code: 'L02', label: '补贴期满' },
  { code: 'L03', label: '达到法定退休年龄' },
  { code: 'L04', label: '死亡' },
  { code: 'L05', label: '身体原因不能坚持工作' },
  { code: 'L06', label: '考核不合格' },
  { code: 'L07', label: '严重违反单位制度' },
  { code: 'L08', label: '违法' },
  { code: 'L09', label: '本人辞职' },
  { code: 'L10', label: '不再符合安置条件' },
  { code: 'L11', label: '岗位撤销' },
  { code: 'L12', label: '长期外出/冒名顶替/一人多岗(清退)' },
  { code: 'L99', label: '其他' },
] as const satisfies readonly CodeItem[];
export type LeaveReasonCode = CodeOf<typeof LEAVE_REASONS>;
export const { codes: LEAVE_REASON_CODES, label: leaveReasonLabel } = codeList(LEAVE_REASONS);

/** E27 单位性质. 6 村(居)委会 may have no 统一社会信用代码 (VR-08). */
export const EMPLOYER_NATURES = [
  { code: '1', label: '机关' },
  { code: '2', label: '事业单位' },
  { code: '3', label: '国有企业' },
  { code: '4', label: '民营企业' },
  { code: '5', label: '社会组织' },
  { code: '6', label: '村(居)委会' },
  { code: '7', label: '个体工商户' },
  { code: '9', label: '其他' },
] as const satisfies readonly CodeItem[];
export const { codes: EMPLOYER_NATURE_CODES, label: employerNatureLabel } = codeList(EMPLOYER_NATURES);

/** §3.7 post status: 有效 / 撤销. */
export const POST_STATUSES = [
  { code: 'active', label: '有效' },
  { code: 'revoked', label: '撤销' },
] as const satisfies readonly CodeItem[];
export const { codes: POST_STATUS_CODES, label: postStatusLabel } = codeList(POST_STATUSES);

/** §3.8 placement status: 在岗 / 已离岗. */
export const PLACEMENT_STATUSES = [
  { code: 'onPost', label: '在岗' },
  { code: 'left', label: '已离岗' },
] as const satisfies readonly CodeItem[];
export const { codes: PLACEMENT_STATUS_CODES, label: placementStatusLabel } = codeList(PLACEMENT_STATUSES);

/** 考核结果 of a placement: its 年度考核 for one year (BR-23) and its 本月考核 on the attendance sheet (RPT-05). */
export const ASSESSMENT_RESULTS = [
  { code: 'pass', label: '合格' },
  { code: 'fail', label: '不合格' },
] as const satisfies readonly CodeItem[];
export type AssessmentResultCode = CodeOf<typeof ASSESSMENT_RESULTS>;
export const { codes: ASSESSMENT_RESULT_CODES, label: assessmentResultLabel } = codeList(ASSESSMENT_RESULTS);
