import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { internshipCreateInput } from '../../shared/contract/internships';
import { placementCreateInput } from '../../shared/contract/placements';
import { recognitionApplyInput, recognitionBackfillInput } from '../../shared/contract/recognitions';

// The forms that choose a person (安置人员, 新增见习, 认定申请, 补录认定): 人员 left empty says 请选择人员 (not the
// schema's 缺少人员编号); what the channel accepts is unchanged — any id given passes the field.
const personMessage = (schema: z.ZodType, personId: unknown) => {
  const r = schema.safeParse({ personId });
  return r.success ? null : (r.error.issues.find((i) => i.path.join('.') === 'personId')?.message ?? null);
};

describe.each([
  ['placements.create', placementCreateInput],
  ['internships.create', internshipCreateInput],
  ['recognitions.apply', recognitionApplyInput],
  ['recognitions.backfill', recognitionBackfillInput],
] as const)('%s: 人员', (_, schema) => {
  it.each([[''], [undefined], [null]])('left empty (%j): 请选择人员', (personId) => {
    expect(personMessage(schema, personId)).toBe('请选择人员');
  });
  it('an id passes the field', () => {
    expect(personMessage(schema, '01a24cb6-a112-7620-b2ad-fca69a303888')).toBeNull();
  });
});
