// The persons toolbar's 导入; app/PersonToolbar.tsx puts it beside 导出.
export { PersonImportButton } from './PersonImportButton';
