import { PersonImportModal } from '../features/imports/PersonImportModal';

/** The 导入 dialog opened on the 培训考核结果 kind, for the training class page (wired here: features do not import each other). */
export function ResultImport(props: { onClose: () => void; onImported: () => void }) {
  return <PersonImportModal initialKind="results" {...props} />;
}
