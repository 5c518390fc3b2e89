import { PersonExportButton } from '../reports/PersonExportButton';
import { useCan } from '../../components/useCan';
import { PersonImportButton } from './PersonImportButton';

export interface PersonToolbarButtonsProps {
  /** The persons list's filters: the export takes its 乡镇 as the default scope. */
  filters: { townshipId?: string | null };
  /** Called after an import changed the register, so the list reloads. */
  onChanged: () => void;
}

/** 导入 and 导出 for the persons list toolbar (its PersonToolbarExtras slot takes the same props). */
export function PersonToolbarButtons({ filters, onChanged }: PersonToolbarButtonsProps) {
  const canImport = useCan('imports.persons.check');
  return (
    <>
      {canImport && <PersonImportButton onImported={onChanged} />}
      <PersonExportButton filters={filters} />
    </>
  );
}
