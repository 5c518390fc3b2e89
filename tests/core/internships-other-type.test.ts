// 见习人员类别 其他 (E20 9, a local extension; BR-25 names graduates and 16–24 youth only): refused unless 规则设置
// 允许“其他”见习人员类别 is on (off by default, set with its 依据), and then a 其他类别说明 is required; the note is
// printed in RPT-08 备注. Each refusal names the field and writes nothing.
import { describe, expect, it } from 'vitest';
import { callUnchanged, makeCore, must } from './harness';
import { between, internCounty, OTHER_TYPE, youthInput } from './internships-fixtures';
import { addPerson } from './posts-fixtures';
import { refusedBadInput, refusedRule } from './refusals';
import { exportReport } from './reports-export-read';

describe('E20 9 其他 见习人员类别', () => {
  it('refused while the setting is off; with it on, the note is required and printed in RPT-08 备注', async () => {
    const core = makeCore();
    const c = await internCounty(core);
    const p = await addPerson(c, '19900101', '1');
    const input = youthInput(p, c.hostA, { ...OTHER_TYPE, ...between('2026-11-05', '2027-02-04'), remark: '县局同意' });

    expect(await callUnchanged(core, 'internships.create', input)).toMatchObject(
      refusedRule('internType', /^规则设置未允许“其他”见习人员类别，只能登记高校毕业生或16-24岁失业青年/),
    );

    await must(core, 'ruleSettings.set', {
      key: 'internships.allowOtherType',
      effectiveFrom: '2026-01-01',
      values: { value: true },
      note: '县人社局关于技工院校毕业生参加就业见习的通知',
    });
    expect(await callUnchanged(core, 'internships.create', { ...input, otherTypeNote: null })).toMatchObject(
      refusedBadInput({ otherTypeNote: '见习人员类别为“其他”时，请填写其他类别说明（如技工院校毕业生）' }),
    );

    const made = await must(core, 'internships.create', input);
    expect([made.internTypeLabel, made.otherTypeNote]).toEqual(['其他', '技工院校毕业生']);
    const { ws } = await exportReport(core, { report: 'RPT-08', from: '2026-11', to: '2026-11' });
    const remarks: unknown[] = [];
    ws.eachRow((row) => remarks.push(row.getCell(ws.columnCount).value));
    expect(remarks).toContain('其他类别：技工院校毕业生；县局同意');
  });
});
