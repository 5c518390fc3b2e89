import { describe, expect, it } from 'vitest';
import { homeVisitDue, quarterOf, type VisitContact } from '../../shared/domain/home-visit';

const visit = (contactDate: string, result = '1', method = '3'): VisitContact => ({ contactDate, method, result });

describe('BR-09 / CFG-22: a home visit each calendar quarter for level A', () => {
  it.each([
    ['2026-01-01', '2026-01-01', '2026-03-31'],
    ['2026-03-31', '2026-01-01', '2026-03-31'],
    ['2026-04-01', '2026-04-01', '2026-06-30'],
    ['2026-08-15', '2026-07-01', '2026-09-30'],
    ['2026-12-31', '2026-10-01', '2026-12-31'],
  ])('the quarter of %s runs from %s to %s', (date, start, end) => {
    expect(quarterOf(date)).toEqual({ start, end });
  });

  it('due with no visit, the quarter end given', () => {
    expect(homeVisitDue('A', '2026-03-31', [])).toEqual({
      required: 1,
      count: 0,
      lastDate: null,
      due: true,
      quarterStart: '2026-01-01',
      quarterEnd: '2026-03-31',
    });
  });

  it('a visit on 03-31 counts on 03-31 but not in the next quarter (04-01)', () => {
    expect(homeVisitDue('A', '2026-03-31', [visit('2026-03-31')])).toMatchObject({
      due: false,
      lastDate: '2026-03-31',
    });
    expect(homeVisitDue('A', '2026-04-01', [visit('2026-03-31')])).toMatchObject({
      due: true,
      count: 0,
      quarterEnd: '2026-06-30',
    });
  });

  it('a visit on the quarter’s first day counts', () => {
    expect(homeVisitDue('A', '2026-05-20', [visit('2026-04-01')])).toMatchObject({ due: false, count: 1 });
  });

  it('an unsuccessful visit, another method or a visit dated after asOf does not count', () => {
    const contacts = [visit('2026-04-02', '2'), visit('2026-04-03', '1', '1'), visit('2026-05-21')];
    expect(homeVisitDue('A', '2026-05-20', contacts)).toMatchObject({ due: true, count: 0, lastDate: null });
  });

  it('the latest of several visits; the setting asks for two', () => {
    const contacts = [visit('2026-05-02'), visit('2026-04-10')];
    expect(homeVisitDue('A', '2026-05-20', contacts)).toMatchObject({ due: false, count: 2, lastDate: '2026-05-02' });
    expect(homeVisitDue('A', '2026-05-20', contacts.slice(0, 1), 2)).toMatchObject({ due: true, required: 2 });
  });

  it.each(['B', 'C'])('level %s asks for none', (level) => {
    expect(homeVisitDue(level, '2026-05-20', [])).toBeNull();
  });

  it('a setting of 0 asks for none', () => {
    expect(homeVisitDue('A', '2026-05-20', [], 0)).toBeNull();
  });
});
