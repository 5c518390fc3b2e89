/** One refused cell of an imported file, as the dry run and the error file report it. */
export interface RowError {
  /** Excel row number (1-based, as the clerk sees it). */
  row: number;
  /** Column letter, e.g. 'C'. */
  column: string;
  /** Chinese field label, e.g. 公民身份号码. */
  field: string;
  /** The value as read from the file. */
  value: string;
  message: string;
}
