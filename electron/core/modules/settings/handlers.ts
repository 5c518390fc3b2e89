import { ruleViolation } from '../../../../shared/contract';
import type { PartialHandlers } from '../../handlers';
import { readSettings, saveOffice } from './service';
import { ruleSettingsView, setRuleSetting } from './rules';
import { calendarYear, setCalendarDay, fillNationalCalendar } from './calendar';

export const settingsHandlers: PartialHandlers<
  | 'settings.get'
  | 'settings.setOffice'
  | 'ruleSettings.list'
  | 'ruleSettings.set'
  | 'calendar.year'
  | 'calendar.setDay'
  | 'calendar.fillNational'
> = {
  'ruleSettings.list': (_input, ctx) => ruleSettingsView(ctx.db, ctx.today()),
  'ruleSettings.set': (input, ctx) => setRuleSetting(ctx, input),
  'calendar.year': (input, ctx) => calendarYear(ctx.db, input.year),
  'calendar.setDay': (input, ctx) => setCalendarDay(ctx, input),
  'calendar.fillNational': (input, ctx) => fillNationalCalendar(ctx, input),
  'settings.get': (_input, ctx) => readSettings(ctx.db),
  'settings.setOffice': (input, ctx) => {
    const current = readSettings(ctx.db).office;
    const code6 = input.countyCode.slice(0, 6);
    const hasRegions = ctx.db.prepare('SELECT 1 FROM regions LIMIT 1').get();
    if (current && hasRegions && current.countyCode.slice(0, 6) !== code6) {
      throw ruleViolation('已录入乡镇(街道)后不能更改县级区划代码：下属区划代码都以原代码开头。', {
        countyCode: `已有乡镇(街道)使用区划代码 ${current.countyCode.slice(0, 6)}，不能改为 ${code6}`,
      });
    }
    const office = saveOffice(ctx.db, input, ctx.operator(), ctx.now());
    return {
      data: readSettings(ctx.db),
      entityId: 'office',
      summary: `单位信息：${office.name}，${office.countyName}（${office.countyCode}）`,
    };
  },
};
