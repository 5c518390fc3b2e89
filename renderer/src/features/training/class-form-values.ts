import type { ClassCreateInput, ClassDetail } from '../../../../shared/contract/training';
import { normaliseTypedDate } from '../../../../shared/domain/dates';
import type { CertificateCode, TrainingTypeCode } from '../../../../shared/enums/training-codes';

/** The class form's values: null = not chosen. */
export interface ClassValues {
  code: string;
  providerId: string | null;
  occupation: string;
  occupationReason: string;
  trainingType: TrainingTypeCode | null;
  targetCertificate: CertificateCode | null;
  startDate: string;
  endDate: string;
  hours: number | null;
  townshipId: string | null;
  location: string;
  capacity: number | null;
  funding: string;
  remark: string;
}

export const CLASS_FIELDS = [
  'code',
  'providerId',
  'occupation',
  'occupationReason',
  'trainingType',
  'targetCertificate',
  'startDate',
  'endDate',
  'hours',
  'townshipId',
  'location',
  'capacity',
  'funding',
  'remark',
] as const satisfies readonly (keyof ClassValues)[];

export const newClassValues = (providerId: string | null): ClassValues => ({
  code: '',
  providerId,
  occupation: '',
  occupationReason: '',
  trainingType: null,
  targetCertificate: null,
  startDate: '',
  endDate: '',
  hours: null,
  townshipId: null,
  location: '',
  capacity: null,
  funding: '',
  remark: '',
});

export const valuesOfClass = (c: ClassDetail): ClassValues => ({
  code: c.code,
  providerId: c.providerId,
  occupation: c.occupation,
  occupationReason: c.occupationReason ?? '',
  trainingType: c.trainingType,
  targetCertificate: c.targetCertificate,
  startDate: c.startDate,
  endDate: c.endDate,
  hours: c.hours,
  townshipId: c.townshipId,
  location: c.location,
  capacity: c.capacity,
  funding: c.funding ?? '',
  remark: c.remark ?? '',
});

/**
 * What training.classes.create receives (update adds the id); empty code = numbered by the core. The reason is
 * sent as typed: the core keeps it only for an occupation outside the provider's list.
 */
export function toClassInput(v: ClassValues) {
  return {
    code: v.code.trim() || null,
    providerId: v.providerId ?? '',
    occupation: v.occupation.trim(),
    occupationReason: v.occupationReason.trim() || null,
    trainingType: v.trainingType as TrainingTypeCode,
    targetCertificate: v.targetCertificate as CertificateCode,
    startDate: normaliseTypedDate(v.startDate),
    endDate: normaliseTypedDate(v.endDate),
    hours: v.hours as number,
    townshipId: v.townshipId ?? '',
    location: v.location.trim(),
    capacity: v.capacity as number,
    funding: v.funding.trim() || null,
    remark: v.remark.trim() || null,
  } satisfies ClassCreateInput;
}
