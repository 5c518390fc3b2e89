import { describe, expect, it } from 'vitest';
import type { PersonImportCheck } from '../../shared/contract/imports';
import type { PersonInput } from '../../shared/contract/persons';
import { makeCore, must } from './harness';
import { county, makeId, personInput, type County } from './persons-fixtures';
import { base64, jobData, workbook, type Cell } from './import-workbooks';
import { PERSON_ROSTER_HEAD, PERSON_ROSTER_TAIL } from '../roster-columns';

// Import rules = form rules: a person imported (person-insert.ts, the bulk path) is stored exactly as the
// same person saved through persons.create — every column but the key and the time stamps.

const ID = makeId('653121', '19800808', '012'); // 女
const HEAD = [...PERSON_ROSTER_HEAD, ...PERSON_ROSTER_TAIL];

function storedRow(c: County, idNumber: string) {
  const row = c.core.ctx.db.prepare('SELECT * FROM persons WHERE id_number = ?').get(idNumber) as Record<
    string,
    unknown
  >;
  const { id: _id, created_at: _c, updated_at: _u, ...rest } = row;
  return rest;
}

async function both(input: Partial<PersonInput>, cells: Cell[]) {
  const c = await county(makeCore());
  await must(c.core, 'persons.create', personInput(c, input));
  const viaForm = storedRow(c, input.idNumber as string);
  c.core.ctx.db.prepare('DELETE FROM persons WHERE id_number = ?').run(input.idNumber);
  const check = await jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
    fileName: 'a.xlsx',
    contentBase64: base64(await workbook([HEAD, cells])),
  });
  expect(check.errors).toEqual([]);
  await jobData(c.core, 'imports.persons.commit', { token: check.token });
  return { viaForm, viaImport: storedRow(c, input.idNumber as string) };
}

describe('an imported person is stored as persons.create stores it', () => {
  it('with the optional fields filled (VR-10, VR-12, E24, 城乡属性 and E25 defaults)', async () => {
    const cert = `${ID}42`;
    const { viaForm, viaImport } = await both(
      {
        idNumber: ID,
        name: '古丽娜尔·买买提',
        ethnicity: '17',
        education: '60',
        phone: '0998-1234567',
        address: '幸福路8号',
        employmentStatus: '24',
        cardNo: '6531212020000123',
        dibao: true,
        povertyStatus: '2',
        disabilityCertNo: cert,
        bankCardNo: '6217000010001234567',
        bankName: '农业银行',
      },
      [
        '古丽娜尔·买买提',
        ID,
        '哈萨克族',
        '普通高中',
        '0998-1234567',
        '乌帕尔镇',
        '阿亚格曼干村',
        '幸福路8号',
        '公益性岗位安置',
        '6531212020000123',
        '是',
        '监测对象-脱贫不稳定户',
        cert,
        '6217000010001234567',
        '农业银行',
      ],
    );
    expect(viaImport).toEqual(viaForm);
    expect(viaImport).toMatchObject({
      disability_type: '4',
      disability_grade: '2',
      urban_rural: '220',
      retirement_category: 'F50',
    });
  });

  it('with only the required fields', async () => {
    const id = makeId('653121', '19750101', '031');
    const { viaForm, viaImport } = await both(
      { idNumber: id, name: '吐尔逊', education: null, phone: null, address: null },
      ['吐尔逊', id, '维吾尔族', null, null, '乌帕尔镇', '阿亚格曼干村', null, '失业(未就业)'],
    );
    expect(viaImport).toEqual(viaForm);
  });
});
