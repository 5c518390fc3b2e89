// persons.exportRoster (issue 18): 人员信息 → 导出 writes the list the clerk filtered — every page, in the list's
// order — as a 人员花名册 in the report frame. Same filters as persons.list (list-sql.ts builds both), IDs and phones
// masked as in the list (VR-09) unless the export is full, which dispatch allows only with the 导出完整号码
// permission. RPT-01 stays under 报表导出. One audit row names the filters and the masking level (§9.9).
import { idMaskOn } from '../settings/display';
import type { z } from 'zod';
import type { personRosterInput } from '../../../../shared/contract/persons';
import { employmentStatusLabel, ethnicityLabel, sexLabel } from '../../../../shared/enums';
import { ageOn } from '../../../../shared/domain/age';
import { chineseDate } from '../../../../shared/domain/dates';
import type { CoreContext } from '../../context';
import { column as col, type ReportDefinition } from '../../excel/report-definition';
import type { Handler } from '../../handlers';
import { exportSheet } from '../files/sheet-export';
import { prepared } from '../../db/prepared';
import { getRegion } from '../regions/queries';
import type { ListRow } from './detail';
import { buildListQueries } from './list-sql';
import { yesNoText } from '../../excel/report-cells';
import { personsWithFlexIn } from '../flexible-subsidies/queries';

type Input = z.output<typeof personRosterInput>;

export const ROSTER_CODE = 'RYHMC';
export const ROSTER_NAME = '人员花名册';

export const ROSTER_DEFINITION: ReportDefinition = {
  code: ROSTER_CODE,
  name: ROSTER_NAME,
  title: '{县市名}{报表名}',
  unitLabel: '单位：人',
  columns: [
    col('seq', '序号', 'seq'),
    col('township', '乡镇(街道)'),
    col('village', '村(社区)'),
    col('name', '姓名'),
    col('sex', '性别', 'text', { width: 6 }),
    col('ethnicity', '民族', 'text', { width: 8 }),
    col('idNumber', '公民身份号码', 'id'),
    col('age', '年龄', 'int', { sum: false, width: 6 }),
    col('phone', '联系电话', 'phone'),
    col('employment', '就业状态', 'text', { width: 14 }),
    col('difficult', '就业困难人员', 'text', { width: 8 }),
    col('onPost', '公益性岗位在岗', 'text', { width: 8 }),
    col('intern', '见习中', 'text', { width: 8 }),
    col('flexSubsidy', '享受灵活就业社保补贴', 'text', { width: 10 }),
  ],
  totals: { countColumn: 'name', labelColumn: 'township' },
  freezeColumns: 4,
};

/** The filters in words, for the 说明 line and the audit row. */
function filterText(db: CoreContext['db'], q: Input): string {
  const region = (id: string | undefined) => (id ? (getRegion(db, id)?.name ?? id) : '');
  const flag = (v: boolean | undefined, label: string) => (v === undefined ? '' : `${v ? '' : '非'}${label}`);
  const parts = [
    q.deleted ? '已删除的人员' : '',
    q.q ? `搜索“${q.q}”` : '',
    region(q.townshipId),
    region(q.villageId),
    q.sex ? sexLabel(q.sex) : '',
    q.ethnicity ? ethnicityLabel(q.ethnicity) : '',
    q.ageMin !== undefined || q.ageMax !== undefined ? `年龄${q.ageMin ?? ''}—${q.ageMax ?? ''}岁` : '',
    q.employmentStatus ? employmentStatusLabel(q.employmentStatus) : '',
    flag(q.isDifficult, '就业困难人员'),
    flag(q.onPost, '公益性岗位在岗'),
    flag(q.inInternship, '见习中'),
  ];
  return parts.filter(Boolean).join('，') || '全部人员';
}

export const exportRoster: Handler<'persons.exportRoster'> = async (input, ctx, job, commit) => {
  const today = ctx.today();
  const filters = filterText(ctx.db, input);
  // The same rows as persons.list shows this caller (a 乡镇经办: their townships only, issue 19).
  const lq = buildListQueries({ ...input, page: 1, pageSize: 20 }, today, ctx.scope);
  return exportSheet(ctx, job, commit, {
    code: ROSTER_CODE,
    read: (db) => {
      const total = (prepared(db, lq.count.sql).get(...lq.count.params) as { n: number }).n;
      // BR-30: a period of 灵活就业社会保险补贴 in force in today's month.
      const flex = personsWithFlexIn(db, today.slice(0, 7));
      const rows = (function* () {
        for (const r of prepared(db, lq.all.sql).iterate(...lq.all.params) as Iterable<ListRow>)
          yield {
            township: r.townshipName ?? '',
            village: r.villageName ?? '',
            name: r.name,
            sex: sexLabel(r.sex),
            ethnicity: ethnicityLabel(r.ethnicity),
            idNumber: r.idNumber,
            age: ageOn(r.birthDate, today),
            phone: r.phone,
            employment: employmentStatusLabel(r.employmentStatus),
            difficult: yesNoText(r.isDifficult),
            onPost: yesNoText(r.onPost),
            intern: yesNoText(r.inInternship),
            flexSubsidy: yesNoText(flex.has(r.id)),
          };
      })();
      const def: ReportDefinition = {
        ...ROSTER_DEFINITION,
        notes: [`筛选条件：${filters}；年龄按${chineseDate(today)}计算。`],
      };
      return { def, rows, total, period: { month: today.slice(0, 7) } };
    },
    // CFG-29: the mask in force today.
    options: { full: input.full, idMask: idMaskOn(ctx.db, today) },
    about: { subject: `人员花名册（${filters}）`, ids: input.full ? 'full' : 'masked' },
    summary: (rows) => `导出人员花名册（${filters}，${input.full ? '完整号码' : '隐藏号码'}，${rows} 人）`,
  });
};
