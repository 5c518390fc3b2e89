import { describe, expect, it } from 'vitest';
import type { PostDetail } from '../../shared/contract/posts';
import { POST_DETAIL } from '../post-detail';
import { newPost, toPostInput, valuesOfPost } from '../../renderer/src/features/posts/post-form-values';
import { newPlacement } from '../../renderer/src/features/posts/placement-form-values';

// The post form holds the standard in yuan; posts.create/update take fen. The conversion goes through decimal text
// (shared/domain/money), never through float multiplication.

const DETAIL: PostDetail = { ...POST_DETAIL, monthlyStandardFen: 123450, standardSource: 'custom' };

const fenOf = (monthlyStandard: number | null) =>
  toPostInput({ ...newPost('2026-01-01'), monthlyStandard }, null).monthlyStandardFen;

describe('post form money (BR-32: integer fen, no floats)', () => {
  it.each([
    [1234.5, 123450],
    [4.35, 435], // 4.35 * 100 = 434.99999999999994
    [0.29, 29], // 0.29 * 100 = 28.999999999999996
    [19.99, 1999],
    [1900, 190000],
    [0, 0],
    [null, null],
  ])('%j yuan → %j fen', (yuan, fen) => {
    expect(fenOf(yuan)).toBe(fen);
  });

  it('an amount with more than two decimals is not rounded silently: the schema refuses NaN', () => {
    expect(fenOf(0.1 + 0.2)).toBeNaN();
  });

  it('a custom standard comes back into the form as the same yuan amount, and the default as empty', () => {
    expect(valuesOfPost(DETAIL).monthlyStandard).toBe(1234.5);
    expect(toPostInput(valuesOfPost(DETAIL), DETAIL).monthlyStandardFen).toBe(123450);
    expect(valuesOfPost({ ...DETAIL, standardSource: 'default' } as PostDetail).monthlyStandard).toBeNull();
  });
});

describe('placement form: a new placement offers a one-year contract', () => {
  it.each([
    ['2026-11-28', '2027-11-27'],
    ['2026-01-01', '2026-12-31'],
    ['2024-02-29', '2025-02-27'], // the day before 2025-02-28, the same day a year on clamped to February's end
    ['2025-03-01', '2026-02-28'],
  ])('from %s the contract ends %s', (today, end) => {
    expect(newPlacement('urban', today).contractEnd).toBe(end);
  });
});
