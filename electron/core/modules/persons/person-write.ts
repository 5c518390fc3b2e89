// How a checked person input becomes the columns of its row: shared by persons.create / persons.update and the
// import's bulk insert, so an imported person is stored exactly as the form would store it
// (tests/core/import-persons-parity.test.ts compares the two column by column).
import type Database from 'better-sqlite3';
import { badInput, conflict } from '../../../../shared/contract/result';
import {
  checkDisabilityCert,
  checkRetirementCategory,
  retirementCategoryFor,
  type PersonInputParsed,
  type PersonUpdateParsed,
} from '../../../../shared/contract/persons';
import { deriveFromIdNumber } from './derive';
import { findByIdNumber, type PersonRow, type PersonWrite } from './queries';

/** The residence village as the write needs it: its township and 城乡分类代码. */
interface ResidenceVillage {
  id: string;
  townshipId: string;
  urbanRuralCode: string | null;
}

/**
 * VR-03 for an ID of a deleted person: it is not in the list, so the clerk is told to restore it (the form, and the
 * imports with `then` 后再导入).
 */
export const deletedPersonMessage = (name: string, then = '') =>
  `该公民身份号码属于已删除的人员“${name}”，请先在人员信息的“已删除”中恢复${then}`;

/** VR-03: the ID number is not registered to another person (deleted persons included). */
export function assertIdFree(db: Database.Database, idNumber: string, selfId: string | null): void {
  const existing = findByIdNumber(db, idNumber);
  if (existing && existing.id !== selfId) {
    const message = existing.deleted_at
      ? deletedPersonMessage(existing.name)
      : `该公民身份号码已登记为“${existing.name}”，请打开已有人员`;
    throw conflict(message, { existingId: existing.id, deleted: existing.deleted_at !== null }, { idNumber: message });
  }
}

/**
 * The row values of an input the schema has passed. `keep` is the stored row of an update: a value the input
 * leaves out (undefined) is kept. Cross-field rules the schema could not see because a kept value was left out
 * (E25 vs sex, VR-12 disability certificate) are checked here; BAD_INPUT names the field.
 */
export function personWrite(
  v: PersonInputParsed | PersonUpdateParsed,
  idNumber: string,
  village: ResidenceVillage,
  keep: Pick<PersonRow, 'disability_cert_no' | 'bank_card_no'> | null,
  /** CFG-28 in force (persons/config.ts). */
  femaleDefault: 'F50' | 'F55' = 'F50',
): PersonWrite {
  const { sex } = deriveFromIdNumber(idNumber);
  const cert = v.disabilityCertNo === undefined ? (keep?.disability_cert_no ?? null) : v.disabilityCertNo;
  const categoryMessage = checkRetirementCategory(sex, v.retirementCategory);
  if (categoryMessage) throw badInput({ retirementCategory: categoryMessage });
  if (cert) {
    const certMessage = checkDisabilityCert(cert, idNumber, v.disabilityType, v.disabilityGrade);
    if (certMessage) throw badInput({ disabilityCertNo: certMessage });
  }
  return {
    id_number: idNumber,
    name: v.name,
    ethnicity: v.ethnicity,
    education: v.education,
    phone: v.phone,
    residence_region_id: village.id,
    township_id: village.townshipId,
    hukou_region_id: v.hukouRegionId,
    address: v.address,
    // DOMAIN §3.1: from the region's 城乡分类代码 when the form leaves it empty.
    urban_rural: v.urbanRural ?? village.urbanRuralCode,
    retirement_category: retirementCategoryFor(sex, v.retirementCategory, femaleDefault),
    disability_cert_no: cert,
    disability_type: v.disabilityType ?? (cert ? cert[18] : null),
    disability_grade: v.disabilityGrade ?? (cert ? cert[19] : null),
    poverty_status: v.povertyStatus,
    dibao: v.dibao ? 1 : 0,
    card_no: v.cardNo,
    bank_card_no: v.bankCardNo === undefined ? (keep?.bank_card_no ?? null) : v.bankCardNo,
    bank_name: v.bankName,
    employment_status: v.employmentStatus,
  };
}
