// The type of xinjiang.json (written by scripts/build-divisions.ts), declared so the compiler does not infer a type
// from the 440 KB file on every run (tsconfig allowArbitraryExtensions picks this file for the JSON import).
declare const divisions: {
  /** Package, version and the statistical code edition it holds. */
  source: string;
  counties: {
    /** 6-digit county code. */
    code: string;
    name: string;
    /** 地区/自治州/地级市. */
    prefecture: string;
    /** [3-digit township suffix of the 9-digit code, name, villages as [3-digit suffix, name]]. */
    townships: [string, string, [string, string][]][];
  }[];
};
export default divisions;
