// imports.registrations.template: a blank 失业登记 roster (template-writer.ts) with drop-down lists of the code
// lists (DOMAIN §4: E10, E15, E16) and the office's divisions.
import { EDUCATIONS } from '../../../../shared/enums';
import {
  JOB_WISHES,
  SERVICE_ITEMS,
  SERVICE_LEVELS,
  UNEMPLOYMENT_REASONS,
} from '../../../../shared/enums/registration-codes';
import { rosterChoices } from '../../../../shared/enums/roster-choices';
import { REGISTRATION_IMPORT_SPECS, REGISTRATION_TEXT_KEYS } from './registration-columns';
import { choiceGuide, choicesText, placeLists } from './template';
import { HEADER_NOTE, REGISTERED_NAME_GUIDE, type TemplateDefinition } from './template-writer';

const GUIDE: TemplateDefinition['guide'] = {
  name: REGISTERED_NAME_GUIDE,
  idNumber: ['文本，18位', '按公民身份号码查找人员；本列已设为文本格式，请勿改为数值'],
  ethnicity: ['下拉选择', '尚未登记的人员按本行新建时必填，如 维吾尔族、汉族'],
  township: ['下拉选择', '尚未登记的人员按本行新建时必填：常住地所在乡镇(街道)'],
  village: ['下拉选择', '尚未登记的人员按本行新建时必填：常住地所在村(社区)'],
  phone: ['文本', '新建人员时使用'],
  education: choiceGuide(EDUCATIONS),
  address: ['文字', '新建人员时使用'],
  regDate: ['日期，如 2026-11-28', '不能晚于今天；登记当天须满16周岁且未到法定退休年龄'],
  regPlace: ['乡镇 或 乡镇/村', '不填则为人员常住地所在乡镇(街道)'],
  reason: choiceGuide(UNEMPLOYMENT_REASONS),
  receivesUi: ['是 / 否', '是否领取失业保险金，不填为“否”'],
  jobWish: choiceGuide(JOB_WISHES),
  jobIntent: ['文字', '工种、地点、期望月薪等'],
  needs: ['服务项目名称', `多个用顿号分隔：${SERVICE_ITEMS.map((i) => i.short).join('、')}`],
  responsibleStaff: ['文字', '负责联系该人员的工作人员'],
  serviceLevel: ['下拉选择', `${choicesText(SERVICE_LEVELS)}；不填则按规则评定`],
};

export const REGISTRATION_TEMPLATE: TemplateDefinition = {
  fileName: '失业登记导入模板.xlsx',
  dataSheet: '失业登记',
  title: '失业登记导入模板',
  specs: REGISTRATION_IMPORT_SPECS,
  guide: GUIDE,
  lists: (db) => ({
    ...placeLists(db),
    ...rosterChoices('ethnicity', 'education', 'reason', 'receivesUi', 'jobWish', 'serviceLevel'),
  }),
  textKeys: REGISTRATION_TEXT_KEYS,
  wideKeys: ['name', 'address', 'jobIntent', 'needs'],
  notes: [
    HEADER_NOTE,
    '2. 每人一行；按公民身份号码查找人员，姓名须与已登记的一致。',
    '3. 尚未登记的人员按本行新建，需填写民族、乡镇(街道)、村(社区)，就业状态记为“失业(未就业)”。',
    '4. 已有有效失业登记的人员不能再次登记；导入前程序会逐行检查，列出每个错误所在的行和列，可下载错误清单改正后重新导入。',
  ],
};
