// The channels of each roster kind (issue 14): the import dialog and the mapping panel pick them by the kind the
// clerk chose (人员 / 失业登记 / 公益性岗位安置).
import type { ImportKindId } from '../../../../shared/contract/roster-imports';

export const MAPPING_CHANNELS = {
  persons: {
    list: 'imports.persons.mappings.list',
    save: 'imports.persons.mappings.save',
    delete: 'imports.persons.mappings.delete',
  },
  registrations: {
    list: 'imports.registrations.mappings.list',
    save: 'imports.registrations.mappings.save',
    delete: 'imports.registrations.mappings.delete',
  },
  placements: {
    list: 'imports.placements.mappings.list',
    save: 'imports.placements.mappings.save',
    delete: 'imports.placements.mappings.delete',
  },
  trainees: {
    list: 'imports.trainees.mappings.list',
    save: 'imports.trainees.mappings.save',
    delete: 'imports.trainees.mappings.delete',
  },
  results: {
    list: 'imports.results.mappings.list',
    save: 'imports.results.mappings.save',
    delete: 'imports.results.mappings.delete',
  },
} as const satisfies Record<ImportKindId, Record<'list' | 'save' | 'delete', string>>;

export const ROSTER_CHANNELS = {
  registrations: {
    check: 'imports.registrations.check',
    commit: 'imports.registrations.commit',
    errorWorkbook: 'imports.registrations.errorWorkbook',
    template: 'imports.registrations.template',
  },
  placements: {
    check: 'imports.placements.check',
    commit: 'imports.placements.commit',
    errorWorkbook: 'imports.placements.errorWorkbook',
    template: 'imports.placements.template',
  },
  trainees: {
    check: 'imports.trainees.check',
    commit: 'imports.trainees.commit',
    errorWorkbook: 'imports.trainees.errorWorkbook',
    template: 'imports.trainees.template',
  },
  /** The 考勤表 (RPT-05) import on the attendance page; its template is the RPT-05 export itself. */
  attendance: {
    check: 'imports.attendance.check',
    commit: 'imports.attendance.commit',
    errorWorkbook: 'imports.attendance.errorWorkbook',
  },
  results: {
    check: 'imports.results.check',
    commit: 'imports.results.commit',
    errorWorkbook: 'imports.results.errorWorkbook',
    template: 'imports.results.template',
  },
} as const;

/** The dialog's title per kind (the persons title is the one the persons screens always had). */
export const KIND_TITLES: Record<ImportKindId, string> = {
  persons: '导入人员信息',
  registrations: '导入失业登记名册',
  placements: '导入公益性岗位安置名册',
  trainees: '导入培训学员名册',
  results: '导入培训考核结果',
};

/** What the choose step says about each kind. */
export const KIND_NOTES: Record<ImportKindId, string> = {
  persons: '已登记的人员只在您勾选后才会更新。',
  registrations: '按公民身份号码查找人员；尚未登记的人员按该行的姓名、民族、乡镇、村新建。每行按失业登记的规则检查。',
  placements:
    '人员须已登记；用人单位和岗位按统一社会信用代码、岗位编号或名称查找，没有的将新建（检查后列出）。每行按安置规则检查。',
  trainees:
    '人员须已登记；培训班按班级编号查找。每行按报名规则检查：人员类别按开班日期与台账核对，不能同时参加时间重叠的培训班。',
  results:
    '按班级编号和公民身份号码查找本班学员。每行按考核结果的规则检查：学时不超过课程学时，同类证书编号不重复，培训班须已开班。',
};
