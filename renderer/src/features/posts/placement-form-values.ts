import type { PlacementCreateInput } from '../../../../shared/contract/placements';
import type { AreaTypeCode } from '../../../../shared/enums/post-codes';
import { termEnd } from './renew-target';

/** The placement form's values (DOMAIN §3.8); the override (VR-15) is a tick plus a reason. */
export interface PlacementValues {
  personId: string | null;
  basisList: 'E06' | 'E24';
  basisCode: string | null;
  basisDate: string;
  startDate: string;
  contractStart: string;
  contractEnd: string;
  accidentInsurance: string;
  remark: string;
  overrideOn: boolean;
  overrideReason: string;
}

export const PLACEMENT_FIELDS = [
  'personId',
  'basisList',
  'basisCode',
  'basisDate',
  'startDate',
  'contractStart',
  'contractEnd',
  'accidentInsurance',
  'remark',
  'overrideReason',
] as const;
export const PLACEMENT_RENAMES = { 'override.reason': 'overrideReason', override: 'overrideReason' } as const;

export function newPlacement(
  area: AreaTypeCode,
  today: string,
  basis?: { list: 'E06' | 'E24'; code: string } | null,
): PlacementValues {
  return {
    personId: null,
    basisList: basis?.list ?? (area === 'urban' ? 'E06' : 'E24'),
    basisCode: basis?.code ?? null,
    basisDate: today,
    startDate: today,
    contractStart: '',
    // A one-year contract from today: 2026-11-28 → 2027-11-27.
    contractEnd: termEnd(today, 12),
    accidentInsurance: '',
    remark: '',
    overrideOn: false,
    overrideReason: '',
  };
}

export function toPlacementInput(v: PlacementValues, postId: string): PlacementCreateInput {
  return {
    personId: v.personId ?? '',
    postId,
    basisList: v.basisList,
    basisCode: v.basisCode ?? '',
    basisDate: v.basisDate,
    startDate: v.startDate,
    contractStart: v.contractStart,
    contractEnd: v.contractEnd,
    accidentInsurance: v.accidentInsurance,
    remark: v.remark,
    override: v.overrideOn ? { reason: v.overrideReason } : null,
  };
}
