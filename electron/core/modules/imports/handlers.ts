import type { PartialHandlers } from '../../handlers';
import { writeImportErrors } from './error-workbook';
import { checkPersonImport } from './person-check';
import { commitPersonImport } from './person-commit';
import { writePersonTemplate } from './template';

type ImportChannels = 'imports.persons.check' | 'imports.persons.commit' | 'imports.persons.errorWorkbook' | 'imports.persons.template';

export const importsHandlers: PartialHandlers<ImportChannels> = {
  'imports.persons.check': checkPersonImport,
  'imports.persons.commit': commitPersonImport,
  'imports.persons.errorWorkbook': writeImportErrors,
  'imports.persons.template': writePersonTemplate,
};
