import { describe, expect, it } from 'vitest';
import type { PostDetail } from '../../shared/contract/posts';
import { newPost, toPostInput, valuesOfPost } from '../../renderer/src/features/posts/post-form-values';

// The post form holds the standard in yuan; posts.create/update take fen. The conversion goes through decimal text
// (shared/domain/money), never through float multiplication.

const DETAIL = {
  id: 'post-1',
  postCode: 'GY-001',
  employerId: 'e1',
  title: '社区保洁员',
  postType: 'U02',
  areaType: 'urban',
  workRegionId: 't1',
  approvedCount: 2,
  monthlyStandardFen: 123450,
  standardSource: 'custom',
  monthlyHours: null,
  siSubsidy: true,
  contractType: '1',
  fullTime: true,
  createdDate: '2025-01-01',
  validUntil: null,
  fundSource: null,
  published: false,
  remark: null,
  updatedAt: '2025-01-01T00:00:00Z',
} as unknown as PostDetail;

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
