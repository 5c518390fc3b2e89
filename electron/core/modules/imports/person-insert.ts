// The import's insert of new persons, in bulk. Same rules as persons.create: the input has passed the shared
// person schema on the working date (VR-01..VR-12; the commit re-runs it when the date changed since the
// check), the ID must still be free (VR-03, deleted persons included), the village must exist and be current,
// and the cross-field rules (E25 vs sex, VR-12) hold; the row is written by the persons module's own
// insertPerson, with the values persons.create derives (township from the village, 城乡属性 from the
// village's code, E25 default by sex). Left out is only the per-row overhead of the form path (reading the
// saved record back for the screen, one region query per row). tests/core/import-persons-parity.test.ts
// compares a person imported this way with the same person saved through persons.create, column by column.
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import {
  checkDisabilityCert, checkRetirementCategory, retirementCategoryFor, type PersonInputParsed, type personInputSchema,
} from '../../../../shared/contract/person-input';
import { badInput, conflict } from '../../../../shared/contract/result';
import { newId } from '../../ids';
import { deriveFromIdNumber } from '../persons/derive';
import { findByIdNumber, insertPerson, type PersonWrite } from '../persons/queries';
import { listRegions } from '../regions/queries';

type Schema = ReturnType<typeof personInputSchema>;

interface Village {
  townshipId: string;
  urbanRuralCode: string | null;
  retired: boolean;
}

/** Current villages by id, read once per commit. */
export function loadVillages(db: Database.Database): Map<string, Village> {
  return new Map(
    listRegions(db, true)
      .filter((r) => r.level === 5 && r.parentId)
      .map((r) => [r.id, { townshipId: r.parentId as string, urbanRuralCode: r.urbanRuralCode, retired: !!r.retiredOn }]),
  );
}

function fieldsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.map(String).join('.') || '_'] ??= issue.message;
  return fields;
}

/** The shared schema on a working date, for a commit on another date than its check. */
export function revalidate(schema: Schema, input: PersonInputParsed): PersonInputParsed {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw badInput(fieldsOf(parsed.error));
  return parsed.data;
}

/** Inserts one new person (validated with the shared schema); returns its id. Throws the AppError persons.create would. */
export function insertImportedPerson(db: Database.Database, villages: Map<string, Village>, v: PersonInputParsed, by: string, at: string): string {
  const existing = findByIdNumber(db, v.idNumber);
  if (existing) {
    const message = `该公民身份号码已登记为“${existing.name}”，请打开已有人员`;
    throw conflict(message, { existingId: existing.id, deleted: existing.deleted_at !== null }, { idNumber: message });
  }
  const village = villages.get(v.residenceRegionId);
  if (!village || village.retired) throw badInput({ residenceRegionId: '请选择常住地所在的村(社区)' });
  const { sex } = deriveFromIdNumber(v.idNumber);
  const categoryMessage = checkRetirementCategory(sex, v.retirementCategory);
  if (categoryMessage) throw badInput({ retirementCategory: categoryMessage });
  const cert = v.disabilityCertNo ?? null;
  if (cert) {
    const certMessage = checkDisabilityCert(cert, v.idNumber, v.disabilityType, v.disabilityGrade);
    if (certMessage) throw badInput({ disabilityCertNo: certMessage });
  }
  const write: PersonWrite = {
    id_number: v.idNumber,
    name: v.name,
    ethnicity: v.ethnicity,
    education: v.education,
    phone: v.phone,
    residence_region_id: v.residenceRegionId,
    township_id: village.townshipId,
    hukou_region_id: v.hukouRegionId,
    address: v.address,
    urban_rural: v.urbanRural ?? village.urbanRuralCode,
    retirement_category: retirementCategoryFor(sex, v.retirementCategory),
    disability_cert_no: cert,
    disability_type: v.disabilityType ?? (cert ? cert[18] : null),
    disability_grade: v.disabilityGrade ?? (cert ? cert[19] : null),
    poverty_status: v.povertyStatus,
    dibao: v.dibao ? 1 : 0,
    card_no: v.cardNo,
    bank_card_no: v.bankCardNo ?? null,
    bank_name: v.bankName,
    employment_status: v.employmentStatus,
  };
  const id = newId();
  insertPerson(db, id, write, by, at);
  return id;
}
