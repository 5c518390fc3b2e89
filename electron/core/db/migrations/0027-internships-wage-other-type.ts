// BR-27: an internship's fund-paid living allowance follows the monthly minimum wage in force on the first day of
// each month unless the clerk set a deliberately different fixed standard (internships/allowance-standard.ts).
// allowance_source already says which: 'default' (blank: the minimum wage) follows, 'custom' stays fixed. An amount
// typed equal to the minimum wage at the agreement start (min_wage_fen) is the wage, not a different standard: such
// internships follow the wage from now on. Allowance months already generated keep their stored amounts; a reviewed
// or locked month is never regenerated.
//
// E20 9 其他 见习人员类别 (a local extension): a new 规则设置 internships.allowOtherType, off by default, and a
// 其他类别说明 required with that type (other_type_note, printed in RPT-08 备注). A database that already holds
// internships of that type keeps it allowed (the setting row written on), so its records stay valid to correct.
export default /* sql */ `
UPDATE internships SET allowance_source = 'default'
WHERE allowance_source = 'custom' AND allowance_standard = min_wage_fen;

ALTER TABLE internships ADD COLUMN other_type_note TEXT;

INSERT INTO settings (key, effective_from, value, source_note, updated_at, updated_by)
SELECT 'internships.allowOtherType', '0000-01-01', 'true', '升级时台账中已有“其他”类别的见习记录，保持允许',
  strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '系统升级'
WHERE EXISTS (SELECT 1 FROM internships WHERE intern_type = '9');
`;
