import { describe, expect, it } from 'vitest';
import type { RosterImportCheck } from '../../shared/contract/roster-imports';
import { call, must } from './harness';
import { jobData, jobError } from './import-workbooks';
import { HEADER, fileOf, roster, scene } from './import-registrations-scene';

// Issue 14: how the 失业登记 roster's columns are mapped — a missing required column, defaults for a field the roster
// lacks (and bad ones), and saved mappings, which are kept per kind.

describe('issue 14: the 失业登记 roster import, mappings and defaults', () => {
  it('a token of another kind is refused; a default for a field the roster lacks is used; a bad default is refused', async () => {
    const s = await scene();
    const rows = roster().map((r) => r.slice(0, 10)); // no 责任人/服务需求/备注 columns
    const missing = await jobError(s.core, 'imports.registrations.check', {
      fileName: 'x.xlsx',
      contentBase64: await fileOf(rows.map((r) => r.slice(0, 9))),
    });
    expect(missing.message).toBe('第2行的表头中缺少必需的列：“联系责任人”。请按导入模板的列名填写表头。');
    const bad = await jobError(s.core, 'imports.registrations.check', {
      fileName: 'x.xlsx',
      contentBase64: await fileOf(rows),
      mapping: { defaults: { name: '张三', jobWish: '也许' } },
    });
    expect(bad.message).toBe(
      '默认值不正确：“姓名”每人不同，不能设默认值；就业意愿“也许”不在代码表中，可填写：有、暂无、无。',
    );
    const r = await jobData<RosterImportCheck>(s.core, 'imports.registrations.check', {
      fileName: 'x.xlsx',
      contentBase64: await fileOf(rows.map((row, i) => (i === 1 ? [...row.slice(0, 9), '联系人电话'] : row))),
      mapping: { defaults: { responsibleStaff: '如克亚' } },
    });
    expect(r.fields?.find((f) => f.field === 'responsibleStaff')).toEqual({
      field: 'responsibleStaff',
      label: '联系责任人',
      required: true,
      column: null,
      defaultValue: '如克亚',
    });
    expect(r.acceptedCount).toBe(2);
    const wrongKind = await jobError(s.core, 'imports.persons.commit', { token: r.token });
    expect(wrongKind.code).toBe('NOT_FOUND');
  });

  it('saved mappings are kept per kind', async () => {
    const s = await scene();
    const list = await must(s.core, 'imports.registrations.mappings.save', {
      name: '乌帕尔镇',
      columns: { 包联人: 'responsibleStaff' },
      defaults: { jobWish: '有' },
    });
    expect(list.map((m) => m.name)).toEqual(['乌帕尔镇']);
    expect(await must(s.core, 'imports.persons.mappings.list', {})).toEqual([]);
    const rows = roster();
    rows[1] = HEADER.map((h) => (h === '责任人' ? '包联人' : h === '就业意愿' ? '意愿备注' : h));
    const r = await jobData<RosterImportCheck>(s.core, 'imports.registrations.check', {
      fileName: 'x.xlsx',
      contentBase64: await fileOf(rows),
      mappingName: '乌帕尔镇',
    });
    expect(r.columns?.find((c) => c.column === 'J')).toMatchObject({ field: 'responsibleStaff', source: 'chosen' });
    expect(r.acceptedCount).toBe(2);
    const refused = await call(s.core, 'imports.registrations.mappings.save', {
      name: '错',
      columns: { 包联人: 'employerName' },
      defaults: {},
    });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.message).toBe('表头“包联人”要对应的字段“employerName”不存在。');
  });
});
