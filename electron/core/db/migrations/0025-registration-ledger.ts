// 登记台账 (registrations.list): its own order is the latest 登记日期 first, and 登记日期 is a column it sorts and a
// range it filters by. Without an index on it every page sorted all registrations (~40,000 at 100,000 persons, a
// temporary B-tree: 40–70 ms for page 1 on the bench county); walking this one reads the page's rows only.
export default /* sql */ `
CREATE INDEX registrations_reg_date ON registrations (reg_date, id);
`;
