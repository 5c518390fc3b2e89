// BR-27: an internship's fund-paid living allowance follows the monthly minimum wage in force on the first day of
// each month unless the clerk set a deliberately different fixed standard (internships/allowance-standard.ts).
// allowance_source already says which: 'default' (blank: the minimum wage) follows, 'custom' stays fixed. An amount
// typed equal to the minimum wage at the agreement start (min_wage_fen) is the wage, not a different standard: such
// internships follow the wage from now on. Allowance months already generated keep their stored amounts; a reviewed
// or locked month is never regenerated.
export default /* sql */ `
UPDATE internships SET allowance_source = 'default'
WHERE allowance_source = 'custom' AND allowance_standard = min_wage_fen;
`;
