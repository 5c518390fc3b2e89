// Columns derived from the ID number on every write (VR-01); the migration's CHECKs recompute the same.

interface IdDerived {
  /** E01 from digit 17: odd '1' male, even '2' female. */
  sex: '1' | '2';
  /** Digits 7–14 as YYYY-MM-DD. */
  birthDate: string;
  /** The ID reversed: "last N characters" becomes a prefix of this. */
  idRev: string;
}

/** For an already validated, normalised 18-character ID. */
export function deriveFromIdNumber(idNumber: string): IdDerived {
  return {
    sex: Number(idNumber[16]) % 2 === 1 ? '1' : '2',
    birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
    idRev: Array.from(idNumber).reverse().join(''),
  };
}
