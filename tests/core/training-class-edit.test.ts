import { describe, expect, it } from 'vitest';
import { call, makeCore, must } from './harness';
import { classInput, enrolInput, refused, trainingCounty } from './training-fixtures';

// Editing a class while it is 计划 (training.classes.update): the create checks again (designation cover,
// occupation list, code), the capacity not below the enrolled, and no edit once filed. Refusals write nothing.

describe('training classes: edit while planned', () => {
  it('changes the fields, keeps the code, and refuses what create refuses', async () => {
    const core = makeCore();
    const c = await trainingCounty(core);
    const id = await c.newClass();
    const d = await must(core, 'training.classes.update', {
      ...classInput(c, c.providerId, { location: '乌帕尔镇文化站', capacity: 25, occupation: '养老护理员' }),
      id,
    });
    expect([d.code, d.location, d.capacity, d.occupation]).toEqual(['PX2026-001', '乌帕尔镇文化站', 25, '养老护理员']);

    const late = await refused(core, () =>
      call(core, 'training.classes.update', {
        ...classInput(c, c.providerId, { startDate: '2027-06-20', endDate: '2027-07-05' }),
        id,
      }),
    );
    expect(late.fields?.endDate).toBe(
      '“疏附县鑫达职业培训学校”定点资质有效期至 2027-06-30，培训结束日期不能晚于有效期',
    );
    const other = await c.newClass({ startDate: '2026-12-01', endDate: '2026-12-10' });
    const taken = await refused(core, () =>
      call(core, 'training.classes.update', { ...classInput(c, c.providerId, { code: 'PX2026-001' }), id: other }),
    );
    expect(taken.fields?.code).toBe('班级编号“PX2026-001”已被使用');
  });

  it('the capacity may not fall below the enrolled; a filed class is no longer edited', async () => {
    const core = makeCore();
    const c = await trainingCounty(core);
    const id = await c.newClass();
    await must(core, 'training.enrol', enrolInput(id, await c.registered('19800315')));
    await must(core, 'training.enrol', enrolInput(id, await c.registered('19810315')));
    const small = await refused(core, () =>
      call(core, 'training.classes.update', { ...classInput(c, c.providerId, { capacity: 1 }), id }),
    );
    expect(small.fields?.capacity).toBe('已有 2 名学员报名，计划人数不能少于 2');
    await must(core, 'training.classes.act', { id, action: 'file', date: '2026-11-10' });
    const filed = await refused(core, () =>
      call(core, 'training.classes.update', { ...classInput(c, c.providerId), id }),
    );
    expect(filed.message).toBe('培训班当前为“已备案”，只有计划中的培训班可以修改');
  });
});
