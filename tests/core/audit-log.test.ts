// The audit log viewer's core on real SQLite files: filters, paging, a person's entries with those of their records,
// the .xlsx export read back, and no way to change or delete an entry.
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { call, makeCore, must, signedInAs } from './harness';
import { jobData, takeWorkbook } from './import-workbooks';
import { makeId, personInput } from './persons-fixtures';
import { setup } from './registrations-fixtures';
import { freshAllowance, gradInput, graduate, internCounty } from './internships-fixtures';
import { refusedBadInput } from './refusals';
import { enrolInput, trainingCounty } from './training-fixtures';

async function scene() {
  const core = makeCore();
  const s = await setup(core);
  const personId = await s.person();
  const regId = await s.register(personId);
  const contactId = await s.contact(regId);
  // A second account: the operator of an entry is the signed-in account (issue 19).
  const ayigul = signedInAs(core, 'ayigul', 'clerk', { displayName: '阿依古丽', townshipIds: [s.town1] });
  const created = await core.invoke(
    'persons.create',
    personInput(s, { idNumber: makeId('653121', '19920101', '071'), name: '米娜' }),
    ayigul,
  );
  if (!created.ok) throw new Error(created.error.message);
  const other = created.data as { person: { id: string } };
  return { core, personId, regId, contactId, otherId: other.person.id };
}

describe('audit log viewer', () => {
  it('filters by operator, action, record type and id, dates; pages newest first', async () => {
    const { core, regId, otherId } = await scene();
    const all = await must(core, 'audit.search', {});
    expect(all.total).toBeGreaterThanOrEqual(8);
    const byOp = await must(core, 'audit.search', { operator: '阿依古丽' });
    expect(byOp.items.map((i) => i.channel)).toEqual(['persons.create']);
    expect((await must(core, 'audit.search', { channel: 'contacts.create' })).total).toBe(1);
    expect((await must(core, 'audit.search', { entity: 'registration', entityId: regId })).items).toHaveLength(1);
    expect((await must(core, 'audit.search', { entity: 'person', entityId: otherId })).items[0].summary).toMatch(
      /米娜/,
    );
    const today = core.ctx.now().slice(0, 10);
    expect((await must(core, 'audit.search', { from: today, to: today })).total).toBe(all.total);
    expect((await must(core, 'audit.search', { to: '2000-01-01' })).total).toBe(0);
    const bad = await call(core, 'audit.search', { from: '2026-11-02', to: '2026-11-01' });
    expect(bad).toMatchObject(refusedBadInput({ from: '起始日期不能晚于截止日期' }));
    const page2 = await must(core, 'audit.search', { page: 2, pageSize: 3 });
    expect(page2.items.map((i) => i.id)).toEqual(all.items.slice(3, 6).map((i) => i.id));
    const facets = await must(core, 'audit.facets', {});
    expect(facets.operators).toEqual(['古丽', '阿依古丽']);
    expect(facets.entities).toContain('contact');
  });

  it("a person's 操作记录 holds the entries of their registrations and contacts, not another person's", async () => {
    const { core, personId, regId, contactId } = await scene();
    const { items } = await must(core, 'audit.list', { personId, limit: 100 });
    expect(items.map((i) => [i.entity, i.entityId])).toEqual([
      ['contact', contactId],
      ['registration', regId],
      ['person', personId],
    ]);
  });

  it("names the enrolment in a trainee's entries and lists them, and allowance months, under the person", async () => {
    const core = makeCore();
    const c = await trainingCounty(core);
    const classId = await c.filedClass();
    const [a, b] = [await c.registered('19800315'), await c.registered('19810316')];
    await must(core, 'training.enrol', enrolInput(classId, a));
    const enrolment = (await must(core, 'training.enrol', enrolInput(classId, b))).trainees.find(
      (t) => t.personId === b,
    )!.id;
    await must(core, 'training.unenrol', { enrolmentId: enrolment });
    await must(core, 'training.restoreTrainee', { id: enrolment });
    const { items } = await must(core, 'audit.list', { personId: b, limit: 100 });
    expect(items.filter((i) => i.entity === 'trainingEnrolment').map((i) => [i.channel, i.entityId])).toEqual([
      ['training.restoreTrainee', enrolment],
      ['training.unenrol', enrolment],
      ['training.enrol', enrolment],
    ]);
    const ofA = await must(core, 'audit.search', { personId: a });
    expect(ofA.items.filter((i) => i.entity === 'trainingEnrolment')).toHaveLength(1);

    const ic = await internCounty(makeCore());
    const intern = await graduate(ic);
    await must(ic.core, 'internships.create', gradInput(intern, ic.hostA));
    await must(ic.core, 'allowances.generate', { month: '2026-10' });
    const month = (await must(ic.core, 'allowances.list', { month: '2026-10' })).rows[0];
    const save = { id: month.id, deductionFen: 0, deductionReason: null, hostAllowanceVerified: true };
    await must(ic.core, 'allowances.save', freshAllowance(ic.core, save));
    const own = await must(ic.core, 'audit.search', { personId: intern });
    expect(own.items.filter((i) => i.entity === 'internshipAllowance').map((i) => i.entityId)).toEqual([month.id]);
  });

  it('exports the filtered log as .xlsx and records the export; no channel changes or deletes an entry', async () => {
    const { core, contactId } = await scene();
    const r = await jobData<{ fileId: string; rows: number }>(core, 'audit.export', { entity: 'contact' });
    expect(r.rows).toBe(1);
    const ws = (await takeWorkbook(core, r.fileId)).wb.worksheets[0];
    const values: string[] = [];
    ws.eachRow((row) => values.push(JSON.stringify(row.values)));
    const header = values.find((v) => v.includes('操作员'))!;
    expect(header).toContain('记录类型');
    const data = values.find((v) => v.includes(contactId))!;
    expect(data).toContain('联系记录 新增');
    expect(data).toContain('古丽');
    const log = await must(core, 'audit.search', { entity: 'audit' });
    expect(log.items[0].summary).toBe('导出操作记录（全部日期，记录类型 联系记录，1 条）');

    const auditChannels = Object.keys(contract).filter((c) => c.startsWith('audit.'));
    expect(auditChannels.sort()).toEqual(['audit.export', 'audit.facets', 'audit.list', 'audit.search']);
    expect(Object.keys(contract).filter((c) => /audit\.(update|delete|remove|clear|purge)/i.test(c))).toEqual([]);
  });
});
