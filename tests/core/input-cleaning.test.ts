import { describe, expect, it } from 'vitest';
import { stripControls } from '../../shared/domain/text';
import { call, makeCore, must } from './harness';
import { county, personInput } from './persons-fixtures';
import { refusedBadInput } from './refusals';

// Issue 20: every date field is a real calendar date; control characters never reach the register.

describe('stripControls', () => {
  it.each([
    ['古丽\u0000巴哈尔', false, '古丽巴哈尔'],
    ['138\u0007990\u001b12345', false, '13899012345'],
    ['第一行\n第二行\t备注', true, '第一行\n第二行\t备注'],
    ['第一行\n第二行', false, '第一行 第二行'],
    ['\u202e隐藏\u2066', false, '隐藏'],
    ['普通文字 ABC-123', false, '普通文字 ABC-123'],
  ])('%j (multiline %s) -> %j', (raw, multiline, expected) => expect(stripControls(raw, multiline)).toBe(expected));
});

describe('control characters and impossible dates at the core', () => {
  it('stores a phone and an address without their control characters', async () => {
    const core = makeCore();
    const c = await county(core);
    const p = await must(
      core,
      'persons.create',
      personInput(c, { phone: '1389901\u00002345', address: '阿亚格曼干村\u00073组' }),
    );
    const row = core.ctx.db.prepare('SELECT phone, address FROM persons WHERE id = ?').get(p.person.id);
    expect(row).toEqual({ phone: '13899012345', address: '阿亚格曼干村3组' });
  });

  it('refuses 2026-02-30 as a retirement date of a region, naming the field, and writes nothing', async () => {
    const core = makeCore();
    const c = await county(core);
    const r = await call(core, 'regions.retire', { id: c.village1, date: '2026-02-30' });
    expect(r).toMatchObject(refusedBadInput({ date: '撤销日期不是有效的日期' }));
    expect(core.ctx.db.prepare('SELECT retired_on FROM regions WHERE id = ?').get(c.village1)).toEqual({
      retired_on: null,
    });
  });
});
