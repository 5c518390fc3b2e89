// E07 认定状态 and E08 认定退出原因 (DOMAIN §4), and the workflow stages of BR-13 shown on work lists.
import { codeList, labelLookup, type CodeOf, type CodeItem } from './code-list';

export const RECOGNITION_STATUSES = [
  { code: '01', label: '待初审' },
  { code: '02', label: '公示中' },
  { code: '03', label: '已认定' },
  { code: '04', label: '不予认定' },
  { code: '05', label: '已退出' },
] as const satisfies readonly CodeItem[];
export type RecognitionStatusCode = CodeOf<typeof RECOGNITION_STATUSES>;
export const { codes: RECOGNITION_STATUS_CODES, label: recognitionStatusLabel } = codeList(RECOGNITION_STATUSES);

export const EXIT_REASONS = [
  { code: 'R01', label: '实现稳定就业(市场渠道)' },
  { code: 'R02', label: '达到法定退休年龄或已领取基本养老金' },
  { code: 'R03', label: '入学' },
  { code: 'R04', label: '服兵役' },
  { code: 'R05', label: '迁出/移居境(区)外' },
  { code: 'R06', label: '死亡' },
  { code: 'R07', label: '被判刑收监执行' },
  { code: 'R08', label: '无正当理由多次拒绝服务' },
  { code: 'R09', label: '连续多个月无法取得联系' },
  { code: 'R10', label: '经查不再符合条件/虚假认定' },
  { code: 'R11', label: '本人申请退出' },
  { code: 'R12', label: '政策享受期满' },
  { code: 'R13', label: '失业登记注销(其他情形)' },
  { code: 'R99', label: '其他' },
] as const satisfies readonly CodeItem[];
export type ExitReasonCode = CodeOf<typeof EXIT_REASONS>;
export const { codes: EXIT_REASON_CODES, label: exitReasonLabel } = codeList(EXIT_REASONS);

/** Stages of BR-13 for lists: the step awaited, or the closed status. */
export const RECOGNITION_STAGES = [
  { code: 'village', label: '待初审' },
  { code: 'notice', label: '公示中' },
  { code: 'township', label: '待乡镇审核' },
  { code: 'county', label: '待县级确认' },
  { code: 'recognised', label: '已认定' },
  { code: 'refused', label: '不予认定' },
  { code: 'exited', label: '已退出' },
] as const satisfies readonly CodeItem[];
export type RecognitionStageCode = CodeOf<typeof RECOGNITION_STAGES>;
export const { codes: RECOGNITION_STAGE_CODES, label: recognitionStageLabel } = codeList(RECOGNITION_STAGES);

export const RECOGNITION_STEPS = [
  { code: 'apply', label: '申请' },
  { code: 'village', label: '村(社区)初审' },
  { code: 'township', label: '乡镇(街道)审核' },
  { code: 'county', label: '县级确认' },
  { code: 'refuse', label: '不予认定' },
  { code: 'exit', label: '退出' },
  { code: 'backfill', label: '补录' },
] as const satisfies readonly CodeItem[];
export const recognitionStepLabel = labelLookup(RECOGNITION_STEPS);
