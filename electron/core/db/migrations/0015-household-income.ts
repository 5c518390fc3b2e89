// Issue 11, BR-15 (E06 K04 零就业家庭成员): besides every able member being unemployed, the household has no
// business or investment income (经营性、财产性收入, S5). The applicant declares it on the recognition application
// (申请表, under the truthfulness pledge), as of the application date: 1 = has such income, 0 = none, NULL = not
// asked (applications without K04, back-filled recognitions and every row written before this version).
export default /* sql */ `
ALTER TABLE recognitions ADD COLUMN household_business_income INTEGER
  CHECK (household_business_income IS NULL OR household_business_income IN (0, 1));
`;
