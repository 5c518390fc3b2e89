import { describe, expect, it } from 'vitest';
import { statutoryRetirement } from '../../shared/domain/retirement';
import {
  DEFAULT_SUBSIDY_RULES,
  cyclesOf,
  isExhaustedAt,
  spanEndMonth,
  subsidyPeriod,
  type SubsidyRules,
  type SubsidySpan,
} from '../../shared/domain/subsidy-period';

// BR-18 table (DOMAIN §5): F = first approval month, R = statutory retirement month (BR-02 with the reform).
// months(F → R) < 60 (CFG-05) → subsidy until the month before R (CFG-08; alternative: R itself); otherwise at
// most 36 months (CFG-04) counted across all placements, gaps included; CFG-06 adds 12 months when the cap is
// reached in 2020. Months: a calendar month with at least one day on post counts once.

const R = (birth: string, cat: 'M60' | 'F55' | 'F50') => statutoryRetirement(birth, cat).month;
const span = (startMonth: string, endMonth: string | null = null, newCycle = false): SubsidySpan => ({
  startMonth,
  endMonth,
  newCycle,
});
const ALT_END: SubsidyRules = { ...DEFAULT_SUBSIDY_RULES, endRule: 'retirementMonth' };
const NO_EXT: SubsidyRules = { ...DEFAULT_SUBSIDY_RULES, extension: null };

interface Case {
  name: string;
  retirementMonth: string;
  spans: SubsidySpan[];
  asOf: string;
  rules?: SubsidyRules;
  expect: {
    extended: boolean;
    end: string | null;
    cap: number | null;
    used: number;
    left: number;
    ext?: boolean;
    first?: string;
  };
}

const CASES: Case[] = [
  {
    name: 'M60 born 1965-12 (R 2026-03), first approval 50 months before R → extended to the month before R',
    retirementMonth: R('1965-12-10', 'M60'),
    spans: [span('2022-01')],
    asOf: '2024-12',
    expect: { extended: true, end: '2026-02', cap: null, used: 36, left: 14 },
  },
  {
    name: 'same person with the CFG-08 alternative → the retirement month itself is the last month',
    retirementMonth: R('1965-12-10', 'M60'),
    spans: [span('2022-01')],
    asOf: '2024-12',
    rules: ALT_END,
    expect: { extended: true, end: '2026-03', cap: null, used: 36, left: 15 },
  },
  {
    name: 'M60 born 1976-09 (63y, R 2039-09), first approval 2026-01 → 36-month cap (CFG-04), ends 2028-12',
    retirementMonth: R('1976-09-01', 'M60'),
    spans: [span('2026-01')],
    asOf: '2026-11',
    expect: { extended: false, end: '2028-12', cap: 36, used: 11, left: 25 },
  },
  {
    name: 'F55 born 1971-04 (R 2026-08): first approval exactly 60 months before R is not "less than 5 years" → capped',
    retirementMonth: R('1971-04-20', 'F55'),
    spans: [span('2021-08')],
    asOf: '2024-12',
    expect: { extended: false, end: '2024-07', cap: 36, used: 36, left: 0 },
  },
  {
    name: 'F55 born 1971-04: first approval 59 months before R → extended to 2026-07',
    retirementMonth: R('1971-04-20', 'F55'),
    spans: [span('2021-09')],
    asOf: '2024-12',
    expect: { extended: true, end: '2026-07', cap: null, used: 40, left: 19 },
  },
  {
    name: 'F50 born 1984-10 (54y11m, R 2039-09), first approval 2035-01 → extended to 2039-08',
    retirementMonth: R('1984-10-15', 'F50'),
    spans: [span('2035-01')],
    asOf: '2035-06',
    expect: { extended: true, end: '2039-08', cap: null, used: 6, left: 50 },
  },
  {
    name: 'F50 born 1995-12 (R 2050-12), first approval 2026-03 → capped at 36 months',
    retirementMonth: R('1995-12-01', 'F50'),
    spans: [span('2026-03')],
    asOf: '2026-11',
    expect: { extended: false, end: '2029-02', cap: 36, used: 9, left: 27 },
  },
  {
    name: 'the window is measured at the FIRST approval: an early placement keeps a later one near retirement capped',
    retirementMonth: R('1965-12-10', 'M60'),
    spans: [span('2015-01', '2015-12'), span('2023-01')],
    asOf: '2024-06',
    expect: { extended: false, end: '2024-12', cap: 36, used: 30, left: 6, first: '2015-01' },
  },
  {
    name: 'gaps do not reset the count: 12 + 12 months closed, then the cap is reached 12 months into the third placement',
    retirementMonth: '2045-06',
    spans: [span('2021-03', '2022-02'), span('2023-01', '2023-12'), span('2024-06')],
    asOf: '2024-12',
    expect: { extended: false, end: '2025-05', cap: 36, used: 31, left: 5 },
  },
  {
    name: 'cap already used (36 months closed) → a new placement in 2026 is exhausted (BR-18 refusal)',
    retirementMonth: '2045-06',
    spans: [span('2021-01', '2023-12'), span('2026-11')],
    asOf: '2026-11',
    expect: { extended: false, end: '2023-12', cap: 36, used: 36, left: 0 },
  },
  {
    name: 'CFG-06: cap reached in 2020-02 → +12 months, ends 2021-02',
    retirementMonth: '2045-06',
    spans: [span('2017-03')],
    asOf: '2020-06',
    expect: { extended: false, end: '2021-02', cap: 48, used: 40, left: 8, ext: true },
  },
  {
    name: 'CFG-06 boundary: cap reached 2019-12 → no extension',
    retirementMonth: '2045-06',
    spans: [span('2017-01')],
    asOf: '2020-06',
    expect: { extended: false, end: '2019-12', cap: 36, used: 36, left: 0, ext: false },
  },
  {
    name: 'CFG-06 boundary: cap reached 2020-12 → extension applies, ends 2021-12',
    retirementMonth: '2045-06',
    spans: [span('2018-01')],
    asOf: '2021-01',
    expect: { extended: false, end: '2021-12', cap: 48, used: 37, left: 11, ext: true },
  },
  {
    name: 'CFG-06 switched off (null) → a 2020 expiry stays at 36 months',
    retirementMonth: '2045-06',
    spans: [span('2017-03')],
    asOf: '2020-06',
    rules: NO_EXT,
    expect: { extended: false, end: '2020-02', cap: 36, used: 36, left: 0, ext: false },
  },
  {
    name: 'month boundaries: 31 Jan → 1 Feb counts two months; a new start in the leaving month counts it once',
    retirementMonth: '2045-06',
    spans: [span('2024-01', '2024-02'), span('2024-02', '2024-04')],
    asOf: '2024-12',
    expect: { extended: false, end: null, cap: 36, used: 4, left: 32 },
  },
  {
    name: 'overlapping and adjacent placements: 2024-01..03 and 2024-03..06 make 6 months, not 7',
    retirementMonth: '2045-06',
    spans: [span('2024-01', '2024-03'), span('2024-04', '2024-06'), span('2024-03', '2024-03')],
    asOf: '2024-12',
    expect: { extended: false, end: null, cap: 36, used: 6, left: 30 },
  },
  {
    name: 'capped, but gaps push the 36th month past retirement → ends the month before R',
    retirementMonth: '2024-02',
    spans: [span('2019-01', '2019-12'), span('2023-06')],
    asOf: '2023-12',
    expect: { extended: false, end: '2024-01', cap: 36, used: 19, left: 1 },
  },
  {
    name: 'an entitlement that starts after asOf: nothing used, all 36 months left',
    retirementMonth: '2045-06',
    spans: [span('2027-01')],
    asOf: '2026-11',
    expect: { extended: false, end: '2029-12', cap: 36, used: 0, left: 36 },
  },
  {
    name: 'asOf in the middle of a partly used entitlement: 30 months closed, 3 more on the open placement',
    retirementMonth: '2045-06',
    spans: [span('2021-01', '2023-06'), span('2026-01')],
    asOf: '2026-03',
    expect: { extended: false, end: '2026-06', cap: 36, used: 33, left: 3 },
  },
];

describe('BR-18 subsidy period (pure rule)', () => {
  it.each(CASES)('$name', (c) => {
    const p = subsidyPeriod({
      retirementMonth: c.retirementMonth,
      spans: c.spans,
      asOfMonth: c.asOf,
      rules: c.rules ?? DEFAULT_SUBSIDY_RULES,
    });
    expect({
      extended: p.extendedToRetirement,
      end: p.endMonth,
      cap: p.capMonths,
      used: p.monthsUsed,
      left: p.monthsLeft,
    }).toEqual({
      extended: c.expect.extended,
      end: c.expect.end,
      cap: c.expect.cap,
      used: c.expect.used,
      left: c.expect.left,
    });
    if (c.expect.ext !== undefined) expect(p.extensionApplied).toBe(c.expect.ext);
    expect(p.firstMonth).toBe(
      c.expect.first ?? [...c.spans].sort((a, b) => a.startMonth.localeCompare(b.startMonth))[0].startMonth,
    );
  });

  it('BR-18 exhausted: no subsidised month left at the new start; a month left is not exhausted', () => {
    const used = subsidyPeriod({
      retirementMonth: '2045-06',
      spans: [span('2021-01', '2023-12'), span('2026-11')],
      asOfMonth: '2026-11',
      rules: DEFAULT_SUBSIDY_RULES,
    });
    expect(isExhaustedAt(used, '2026-11')).toBe(true);
    const oneLeft = subsidyPeriod({
      retirementMonth: '2045-06',
      spans: [span('2021-01', '2023-11'), span('2026-11')],
      asOfMonth: '2026-11',
      rules: DEFAULT_SUBSIDY_RULES,
    });
    expect(oneLeft.endMonth).toBe('2026-11');
    expect(isExhaustedAt(oneLeft, '2026-11')).toBe(false);
  });

  it('CFG-07 repeat placement (newCycle) starts a new entitlement; earlier placements keep their cycle', () => {
    const spans = [span('2018-01', '2020-12'), span('2026-11', null, true)];
    const cycles = cyclesOf(spans);
    expect(cycles.map((c) => c.map((s) => s.startMonth))).toEqual([['2018-01'], ['2026-11']]);
    const second = subsidyPeriod({
      retirementMonth: '2045-06',
      spans: cycles[1],
      asOfMonth: '2026-11',
      rules: DEFAULT_SUBSIDY_RULES,
    });
    expect([second.firstMonth, second.endMonth, second.monthsLeft]).toEqual(['2026-11', '2029-10', 35]);
  });

  it('the end month shown on a placement: its own last month when it closed before the entitlement ended', () => {
    const spans = [span('2024-01', '2024-06'), span('2025-01')];
    const p = subsidyPeriod({ retirementMonth: '2045-06', spans, asOfMonth: '2025-03', rules: DEFAULT_SUBSIDY_RULES });
    expect(p.endMonth).toBe('2027-06');
    expect(spanEndMonth(p, spans[0])).toBe('2024-06');
    expect(spanEndMonth(p, spans[1])).toBe('2027-06');
    const closed = subsidyPeriod({
      retirementMonth: '2045-06',
      spans: [spans[0]],
      asOfMonth: '2025-03',
      rules: DEFAULT_SUBSIDY_RULES,
    });
    expect([closed.endMonth, spanEndMonth(closed, spans[0]), closed.monthsLeft]).toEqual([null, '2024-06', 30]);
  });

  it('refuses an empty list of placements', () => {
    expect(() =>
      subsidyPeriod({ retirementMonth: '2045-06', spans: [], asOfMonth: '2026-11', rules: DEFAULT_SUBSIDY_RULES }),
    ).toThrow(RangeError);
  });
});
