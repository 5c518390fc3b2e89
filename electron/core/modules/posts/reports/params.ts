// What the post reports (RPT-07 columns 13–17) derive from a date beyond the report frame's own helpers.
import { shiftMonths } from '../../../../../shared/domain/dates';

/** CFG-10 K01 cut-off birth dates on `onDate`: born on or before → at least that age. */
export function olderCutoffs(
  onDate: string,
  olderAge: { female: number; male: number },
): { male: string; female: string } {
  return { male: shiftMonths(onDate, -12 * olderAge.male), female: shiftMonths(onDate, -12 * olderAge.female) };
}
