// What the post reports (RPT-07 columns 13–17) derive from a date beyond the report frame's own helpers.

/** CFG-10 K01 cut-off birth dates on `onDate`: born on or before → at least that age. */
export function olderCutoffs(onDate: string, olderAge: { female: number; male: number }): { male: string; female: string } {
  const y = Number(onDate.slice(0, 4));
  const rest = onDate.slice(4);
  return { male: `${y - olderAge.male}${rest}`, female: `${y - olderAge.female}${rest}` };
}
