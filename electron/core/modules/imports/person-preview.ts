// What the mapping preview shows of a checked roster (any kind) (issue 14): the sheet read and the other
// roster-like sheets, the header, each file column → field, where every field comes from (a column, a
// default, or nowhere), and the rows skipped as not data with the reason.
import type { PersonImportCheck } from '../../../../shared/contract/imports';
import type { ImportTable } from '../../excel/import/rows';
import type { HeaderSpec } from '../../excel/import/headers';
import { PERSON_IMPORT_SPECS } from './person-columns';

type Preview = Required<
  Pick<PersonImportCheck, 'sheetName' | 'sheets' | 'headerRow' | 'headerRows' | 'columns' | 'fields' | 'skippedRows'>
>;

/** The preview of any roster kind: `specs` is the kind's field table. */
export function previewOf(table: ImportTable, specs: readonly HeaderSpec[] = PERSON_IMPORT_SPECS): Preview {
  const { mapping } = table;
  const label = (key: string) => specs.find((s) => s.key === key)?.label ?? key;
  const letterOf = new Map(mapping.mapped.filter((c) => c.key !== null).map((c) => [c.key as string, c.column]));
  return {
    sheetName: mapping.sheetName,
    sheets: mapping.sheets,
    headerRow: mapping.header.headerRow,
    headerRows: mapping.header.headerRows,
    columns: mapping.mapped.map((c) => ({
      column: c.column,
      header: c.header,
      field: c.key,
      fieldLabel: c.key ? label(c.key) : null,
      source: c.source,
    })),
    fields: specs.map((s) => ({
      field: s.key,
      label: s.label,
      required: !!s.required,
      column: letterOf.get(s.key) ?? null,
      defaultValue: mapping.defaults[s.key] ?? null,
    })),
    skippedRows: table.skipped,
  };
}
