import type { PersonToolbarProps } from '../components/person-toolbar';
import { useCan } from '../components/useCan';
import { PersonImportButton } from '../features/imports';
import { PersonExportButton } from '../features/reports/PersonExportButton';

/** 导入 (features/imports) and 导出 (features/reports) on the persons list toolbar, wired here above both. */
export function PersonToolbar({ filters, onChanged }: PersonToolbarProps) {
  const canImport = useCan('imports.persons.check');
  return (
    <>
      {canImport && <PersonImportButton onImported={onChanged} />}
      <PersonExportButton filters={filters} />
    </>
  );
}
