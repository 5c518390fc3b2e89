// A valid row whose ID is already registered (VR-03): what would change, field by field, and the full
// update the persons service would run if the clerk consents. Only cells with a value count: a blank cell
// keeps the stored value, so nothing is cleared by an incomplete roster.
import type { FieldChange } from '../../../../shared/contract/imports';
import type { PersonUpdateInput } from '../../../../shared/contract/person-input';
import { maskBankCard } from '../../../../shared/domain/masking';
import { educationLabel, employmentStatusLabel, ethnicityLabel, povertyStatusLabel } from '../../../../shared/enums';
import { maskCertNo } from '../persons/detail';
import type { MemberRow, PersonRow } from '../persons/queries';
import { importLabel, type PersonImportKey } from './person-columns';
import type { ReadPerson } from './person-rows';
import type { Places } from './places';
import { yesNoText } from '../../excel/report-cells';

const plain = (v: string | null) => v ?? '';

interface FieldRule {
  key: PersonImportKey;
  stored: (p: PersonRow) => unknown;
  file: (r: ReadPerson) => unknown;
  show: (v: unknown, places: Places, p: PersonRow) => string;
}

const text = (
  key: PersonImportKey,
  column: keyof PersonRow,
  field: keyof ReadPerson['person'],
  show: (v: string | null) => string = plain,
): FieldRule => ({
  key,
  stored: (p) => p[column] ?? null,
  file: (r) => r.person[field] ?? null,
  show: (v) => show((v as string | null) ?? null),
});

const RULES: FieldRule[] = [
  text('name', 'name', 'name'),
  text('ethnicity', 'ethnicity', 'ethnicity', ethnicityLabel),
  text('education', 'education', 'education', educationLabel),
  text('phone', 'phone', 'phone'),
  {
    key: 'village',
    stored: (p) => p.residence_region_id,
    file: (r) => r.person.residenceRegionId,
    show: (v, places, p) =>
      v === p.residence_region_id ? `${p.township_name}/${p.village_name}` : places.describe(v as string),
  },
  text('address', 'address', 'address'),
  text('employmentStatus', 'employment_status', 'employmentStatus', employmentStatusLabel),
  {
    key: 'isDifficult',
    stored: (p) => p.is_difficult === 1,
    file: (r) => r.isDifficult,
    show: (v) => yesNoText(v as boolean),
  },
  text('cardNo', 'card_no', 'cardNo'),
  { key: 'dibao', stored: (p) => p.dibao === 1, file: (r) => r.person.dibao, show: (v) => yesNoText(v as boolean) },
  text('povertyStatus', 'poverty_status', 'povertyStatus', povertyStatusLabel),
  text('disabilityCertNo', 'disability_cert_no', 'disabilityCertNo', (v) => maskCertNo(v) ?? ''),
  text('bankCardNo', 'bank_card_no', 'bankCardNo', (v) => (v ? maskBankCard(v) : '')),
  text('bankName', 'bank_name', 'bankName'),
];

/** The changes a row would make to a stored person; [] when the row says nothing new. */
export function changesOf(read: ReadPerson, stored: PersonRow, places: Places): FieldChange[] {
  const out: FieldChange[] = [];
  for (const rule of RULES) {
    if (!read.present.has(rule.key)) continue;
    const before = rule.stored(stored);
    const after = rule.file(read);
    if (after === undefined || before === after) continue;
    out.push({
      field: rule.key,
      label: importLabel(rule.key),
      from: rule.show(before, places, stored),
      to: rule.show(after, places, stored),
    });
  }
  return out;
}

/**
 * persons.update input: the stored record with the row's filled cells laid over it. Omitted fields keep
 * their stored values (ID, bank card, disability certificate, household members' IDs: see person-input.ts).
 */
export function mergedUpdate(read: ReadPerson, stored: PersonRow, members: MemberRow[]): PersonUpdateInput {
  const has = (key: PersonImportKey) => read.present.has(key);
  const p = read.person;
  const moved = has('village') && p.residenceRegionId !== stored.residence_region_id;
  const newCert = has('disabilityCertNo') && p.disabilityCertNo !== stored.disability_cert_no;
  return {
    id: stored.id,
    expectedUpdatedAt: stored.updated_at,
    name: has('name') ? p.name : stored.name,
    ethnicity: has('ethnicity') ? p.ethnicity : (stored.ethnicity as PersonUpdateInput['ethnicity']),
    education: has('education') ? p.education : stored.education,
    phone: has('phone') ? p.phone : stored.phone,
    residenceRegionId: moved ? p.residenceRegionId : stored.residence_region_id,
    hukouRegionId: stored.hukou_region_id,
    address: has('address') ? p.address : stored.address,
    // DOMAIN §3.1: 城乡属性 follows the new village's code when the person moves.
    urbanRural: moved ? null : stored.urban_rural,
    retirementCategory: stored.retirement_category,
    disabilityCertNo: newCert ? p.disabilityCertNo : undefined,
    // A new certificate carries type and grade (VR-12); the schema fills them from it.
    disabilityType: newCert ? null : stored.disability_type,
    disabilityGrade: newCert ? null : stored.disability_grade,
    povertyStatus: has('povertyStatus') ? p.povertyStatus : stored.poverty_status,
    dibao: has('dibao') ? p.dibao : stored.dibao === 1,
    cardNo: has('cardNo') ? p.cardNo : stored.card_no,
    bankCardNo: has('bankCardNo') ? p.bankCardNo : undefined,
    bankName: has('bankName') ? p.bankName : stored.bank_name,
    employmentStatus: has('employmentStatus')
      ? p.employmentStatus
      : (stored.employment_status as PersonUpdateInput['employmentStatus']),
    householdMembers: members.map((m) => ({
      id: m.id,
      memberName: m.member_name,
      relation: m.relation,
      status: m.status,
      worksAgeAble: m.works_age_able === 1,
    })),
  };
}
