// E06 就业困难人员类别 (DOMAIN §4; application codes [D], definitions per S5–S8, thresholds [CFG]).
// Import from this file directly (shared/enums/index.ts re-exports the person lists only).
import { codeList, type CodeOf, type CodeItem } from './code-list';

/** E06 就业困难人员类别. `short` is the label used in narrow report cells. */
export const DIFFICULTY_CATEGORIES = [
  { code: 'K01', label: '大龄失业人员', short: '大龄' },
  { code: 'K02', label: '残疾人', short: '残疾' },
  { code: 'K03', label: '低保对象', short: '低保' },
  { code: 'K04', label: '零就业家庭成员', short: '零就业家庭' },
  { code: 'K05', label: '长期失业人员', short: '长期失业' },
  { code: 'K06', label: '就业困难高校毕业生', short: '高校毕业生' },
  { code: 'K07', label: '脱贫人口/监测对象劳动力', short: '脱贫/监测' },
  { code: 'K08', label: '失地农民', short: '失地农民' },
  { code: 'K09', label: '未就业退役军人/随军家属', short: '退役军人/随军家属' },
  { code: 'K10', label: '刑满释放/解除强制隔离戒毒/社区矫正人员', short: '刑释/戒毒/矫正' },
  { code: 'K11', label: '单亲家庭抚养未成年子女人员', short: '单亲家庭' },
  { code: 'K12', label: '夫妻双失业家庭成员', short: '夫妻双失业' },
  { code: 'K13', label: '部分丧失劳动能力且连续失业半年以上', short: '部分丧失劳动能力' },
  { code: 'K14', label: '需赡养患重大疾病直系亲属人员', short: '赡养重病亲属' },
  { code: 'K99', label: '其他(县级以上政府确定)', short: '其他' },
] as const satisfies readonly (CodeItem & { short: string })[];
export type DifficultyCategoryCode = CodeOf<typeof DIFFICULTY_CATEGORIES>;
export const { codes: DIFFICULTY_CATEGORY_CODES, label: difficultyCategoryLabel } = codeList(DIFFICULTY_CATEGORIES);
