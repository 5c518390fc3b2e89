import { fenToYuanText } from '../../../../../shared/domain/money';
import type { RuleSettingDef, RuleValues } from '../../../../../shared/domain/rule-settings';

/** A setting's values in words: 女性 45周岁，男性 55周岁; 一类区; 1,900.00元/月. */
export function ruleValueText(def: RuleSettingDef, values: RuleValues): string {
  return def.fields
    .map((f) => {
      const v = values[f.name];
      const text =
        f.type === 'bool'
          ? v
            ? '是'
            : '否'
          : f.type === 'enum'
            ? (f.options?.find((o) => o.value === v)?.label ?? String(v))
            : f.type === 'money'
              ? `${fenToYuanText(Number(v))}${f.unit ?? '元'}`
              : `${String(v)}${f.unit ?? ''}`;
      return def.fields.length > 1 ? `${f.label} ${text}` : text;
    })
    .join('，');
}
