// The persons toolbar's 导入 and 导出. Wire into features/persons/PersonToolbarExtras.tsx as
//   return <PersonToolbarButtons {...props} />;
export { PersonToolbarButtons, type PersonToolbarButtonsProps } from './PersonToolbarButtons';
export { PersonImportButton } from './PersonImportButton';
export { PersonExportButton } from '../reports/PersonExportButton';
