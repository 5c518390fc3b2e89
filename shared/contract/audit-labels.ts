// Chinese names of the audit log's record types and actions, for the 操作记录 viewer and its export.
export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  person: '人员',
  registration: '失业登记',
  contact: '联系记录',
  placement: '公益性岗位安置',
  internship: '就业见习',
  internshipAllowance: '见习补贴',
  flexibleSubsidy: '灵活就业社保补贴',
  recognition: '就业困难认定',
  employer: '用人单位',
  post: '公益性岗位',
  attendance: '考勤',
  subsidyBatch: '补贴花名册',
  region: '行政区划',
  report: '报表导出',
  audit: '操作记录导出',
  backup: '备份',
  settings: '设置',
  ruleSetting: '规则设置',
  periodLock: '月份锁定',
  file: '导出文件',
};

const VERBS: Record<string, string> = {
  create: '新增',
  update: '修改',
  delete: '删除',
  restore: '恢复',
  export: '导出',
  cancel: '注销',
  leave: '离岗',
  end: '结束',
  lock: '锁定',
  unlock: '解锁',
  set: '修改',
  save: '保存',
  generate: '生成',
  review: '审核',
  unreview: '撤销审核',
  report: '上报',
  pay: '拨付',
  revoke: '撤销',
  reinstate: '恢复',
  retire: '撤销',
  rename: '更名',
  apply: '申请',
  exit: '退出',
  backfill: '补录',
  villageReview: '村(社区)初审',
  townshipReview: '乡镇(街道)审核',
  countyConfirm: '县级确认',
  revealId: '查看完整号码',
  setServiceLevel: '调整服务等级',
  reportVacancy: '空岗报告',
  generateBatch: '生成花名册',
  createSupplement: '新增补发/扣回花名册',
  adjust: '调整',
  setOffice: '设置单位信息',
  setRetention: '设置备份保留',
  setPassphrase: '设置备份密码',
  take: '下载',
  terminate: '终止',
  remove: '删除',
};

/** persons.create → 人员 新增; an unknown channel shows as itself. */
export function auditActionLabel(channel: string, entity?: string): string {
  const verb = channel.slice(channel.lastIndexOf('.') + 1);
  const what = entity ? (AUDIT_ENTITY_LABELS[entity] ?? entity) : '';
  const v = VERBS[verb];
  return v ? `${what}${what ? ' ' : ''}${v}` : channel;
}

export const auditEntityLabel = (entity: string) => AUDIT_ENTITY_LABELS[entity] ?? entity;
