// E14 sets as stored: a bit mask, bit k−1 = SVk (migration 0003).
import { SERVICE_ITEM_CODES, type ServiceItemCode } from '../../../../shared/enums/registration-codes';

export const serviceBit = (code: ServiceItemCode | string): number => 1 << (Number(code.slice(2)) - 1);

export const toMask = (codes: readonly string[]): number => codes.reduce((mask, c) => mask | serviceBit(c), 0);

export const fromMask = (mask: number): ServiceItemCode[] =>
  SERVICE_ITEM_CODES.filter((c) => (mask & serviceBit(c)) !== 0);
