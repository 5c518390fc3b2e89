// imports.placements.template: a blank 公益性岗位安置 roster (template-writer.ts) with drop-down lists of the code
// lists (DOMAIN §4: E27, E17, E18, E06) and the office's divisions.
import { DIFFICULTY_CATEGORIES } from '../../../../shared/enums/difficulty-categories';
import { CONTRACT_TYPES, EMPLOYER_NATURES } from '../../../../shared/enums/post-codes';
import { rosterChoices } from '../../../../shared/enums/roster-choices';
import { PLACEMENT_IMPORT_SPECS, PLACEMENT_TEXT_KEYS } from './placement-columns';
import { choicesText } from './template';
import { HEADER_NOTE, REGISTERED_NAME_GUIDE, type TemplateDefinition } from './template-writer';

const GUIDE: TemplateDefinition['guide'] = {
  name: REGISTERED_NAME_GUIDE,
  idNumber: ['文本，18位', '人员须已登记（先导入人员名册）；本列已设为文本格式'],
  employerName: ['文字', '按统一社会信用代码或单位名称查找；尚未登记的单位将新建'],
  uscc: ['文本，18位', '村(居)委会可不填'],
  employerNature: ['下拉选择', `新建单位时必填：${choicesText(EMPLOYER_NATURES)}`],
  postCode: ['文本', '按岗位编号查找岗位；不填则按单位和岗位名称查找，新建岗位时自动编号'],
  postTitle: ['文字', '如 保洁员、护林员'],
  postType: ['下拉选择', '新建岗位时必填；城镇岗位与乡村岗位的类别不同'],
  workPlace: ['乡镇 或 乡镇/村', '新建岗位的工作地点；不填则为人员常住地'],
  approvedCount: ['整数', '新建岗位的核定人数；不填则为本文件中该岗位的人数'],
  contractType: ['下拉选择', `${choicesText(CONTRACT_TYPES)}；不填为劳动合同`],
  startDate: ['日期', '如 2026-11-01'],
  contractStart: ['日期', '不填则与上岗日期相同'],
  contractEnd: ['日期', '乡村公益性岗位协议期限有上限'],
  basis: ['类别名称', '就业困难人员类别（如 低保对象、大龄失业人员）或脱贫/监测状态（乡村岗位，如 脱贫人口）'],
  basisDate: ['日期', '类别的认定或记录日期，不填则为上岗日期'],
  accidentInsurance: ['文本', '乡村公益性岗位人员应购买人身意外伤害保险'],
  remark: ['文字', ''],
};

export const PLACEMENT_TEMPLATE: TemplateDefinition = {
  fileName: '公益性岗位安置导入模板.xlsx',
  dataSheet: '岗位安置',
  title: '公益性岗位安置导入模板',
  specs: PLACEMENT_IMPORT_SPECS,
  guide: GUIDE,
  lists: () => ({
    ...rosterChoices('employerNature', 'postType', 'contractType'),
    basis: DIFFICULTY_CATEGORIES.map((c) => c.label),
  }),
  textKeys: PLACEMENT_TEXT_KEYS,
  wideKeys: ['name', 'employerName', 'postTitle', 'basis'],
  notes: [
    HEADER_NOTE,
    '2. 每人一行；人员须已登记，按公民身份号码查找，姓名须与已登记的一致。',
    '3. 尚未登记的用人单位和岗位将新建，导入前会列出将新建的单位和岗位。',
    '4. 每行按安置规则检查（年龄、安置类别、岗位有效期、核定人数、时间重叠、补贴期限），不符合的行列出原因，不导入。',
  ],
};
