// Row → contract shapes, with the values derived on the working date (BR-01 age, BR-02 retirement) and
// every identifier masked (VR-09).
import type Database from 'better-sqlite3';
import type { PersonDetail, PersonListItem } from '../../../../shared/contract/persons';
import { ageOn } from '../../../../shared/domain/age';
import { maskBankCard, maskIdNumber, maskPhoneOrNull } from '../../../../shared/domain/masking';
import { statutoryRetirement } from '../../../../shared/domain/retirement';
import { softDeleteStampsOf } from '../../db/stamp';
import { idMaskerOn, type IdMasker } from '../settings/display';
import { listMembers, type PersonRow } from './queries';

/** VR-12 numbers start with the ID: mask that part like an ID, keep the type/grade digits. */
export const maskCertNo = (cert: string | null, mask: IdMasker = maskIdNumber) =>
  cert ? mask(cert.slice(0, 18)) + cert.slice(18) : null;

export function toDetail(db: Database.Database, row: PersonRow, today: string): PersonDetail {
  const mask = idMaskerOn(db, today);
  const retirement = statutoryRetirement(row.birth_date, row.retirement_category);
  return {
    id: row.id,
    idNumberMasked: mask(row.id_number),
    name: row.name,
    sex: row.sex,
    birthDate: row.birth_date,
    age: ageOn(row.birth_date, today),
    retirementMonth: retirement.month,
    retirementAge: { years: retirement.ageYears, months: retirement.ageMonths },
    ethnicity: row.ethnicity,
    education: row.education,
    phone: row.phone,
    residenceRegionId: row.residence_region_id,
    residenceRegionName: row.village_name,
    townshipId: row.township_id,
    townshipName: row.township_name,
    hukouRegionId: row.hukou_region_id,
    hukouRegionName: row.hukou_name,
    address: row.address,
    urbanRural: row.urban_rural,
    retirementCategory: row.retirement_category,
    disabilityCertNoMasked: maskCertNo(row.disability_cert_no, mask),
    disabilityType: row.disability_type,
    disabilityGrade: row.disability_grade,
    povertyStatus: row.poverty_status,
    dibao: row.dibao === 1,
    cardNo: row.card_no,
    bankCardNoMasked: row.bank_card_no ? maskBankCard(row.bank_card_no) : null,
    bankName: row.bank_name,
    employmentStatus: row.employment_status,
    isDifficult: row.is_difficult === 1,
    onPost: row.on_post === 1,
    inInternship: row.in_internship === 1,
    householdMembers: listMembers(db, row.id).map((m) => ({
      id: m.id,
      memberName: m.member_name,
      memberIdNumberMasked: m.member_id_number ? mask(m.member_id_number) : null,
      relation: m.relation,
      status: m.status,
      worksAgeAble: m.works_age_able === 1,
    })),
    ...softDeleteStampsOf(row),
  };
}

/** A row of the page SQL built in list-sql.ts. */
export interface ListRow {
  id: string;
  name: string;
  sex: string;
  ethnicity: string;
  birthDate: string;
  idNumber: string;
  phone: string | null;
  townshipName: string | null;
  villageName: string | null;
  employmentStatus: string;
  isDifficult: number;
  onPost: number;
  inInternship: number;
  updatedAt: string;
}

/** `mask`: the CFG-29 pattern in force, read once for the page (settings/display.ts). */
export function toListItem(r: ListRow, today: string, mask: IdMasker): PersonListItem {
  return {
    id: r.id,
    name: r.name,
    sex: r.sex,
    ethnicity: r.ethnicity,
    birthDate: r.birthDate,
    age: ageOn(r.birthDate, today),
    idNumberMasked: mask(r.idNumber),
    phoneMasked: maskPhoneOrNull(r.phone),
    townshipName: r.townshipName ?? '',
    villageName: r.villageName ?? '',
    employmentStatus: r.employmentStatus,
    isDifficult: r.isDifficult === 1,
    onPost: r.onPost === 1,
    inInternship: r.inInternship === 1,
    updatedAt: r.updatedAt,
  };
}
