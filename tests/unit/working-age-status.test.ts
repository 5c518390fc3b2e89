import { describe, expect, it } from 'vitest';
import { unemployedOutsideWorkingAge } from '../../shared/domain/working-age-status';

// 失业 on the person record outside working age (BR-03): a warning from the 16th birthday's eve and from the
// statutory retirement date (BR-02) on; other statuses never warn.

const UNDER = (age: number) =>
  `该人员${age}周岁，未满16周岁，不在劳动年龄内，当前就业状态一般不应为“失业(未就业)”，请核对`;
const RETIRED = (date: string) => `该人员已于${date}达到法定退休年龄，当前就业状态一般不应为“失业(未就业)”，请核对`;

describe('unemployedOutsideWorkingAge', () => {
  it.each([
    ['2010-12-07', 'M60', '10', '2026-12-06', UNDER(15)],
    ['2010-12-06', 'M60', '10', '2026-12-06', null],
    ['2010-12-07', 'M60', '30', '2026-12-06', null],
    ['1970-01-01', 'F50', '10', '2020-01-01', RETIRED('2020-01-01')],
    ['1970-01-01', 'F50', '10', '2019-12-31', null],
    ['1970-01-01', 'F55', '10', '2020-01-01', null],
    ['1950-05-05', 'M60', '10', '2026-12-06', RETIRED('2010-05-05')],
    ['1950-05-05', 'M60', '50', '2026-12-06', null],
    ['1990-01-01', 'M60', null, '2026-12-06', null],
  ] as const)('born %s (%s), status %s on %s', (birth, category, status, today, expected) =>
    expect(unemployedOutsideWorkingAge(birth, category, status, today)).toBe(expected),
  );
});
