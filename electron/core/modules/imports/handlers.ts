import type { PartialHandlers } from '../../handlers';
import { writeImportErrors } from './error-workbook';
import { KEY_PERSON_MAPPINGS as KEY, deleteMapping, describeMapping, listMappings, saveMapping } from './mappings';
import { checkPersonImport } from './person-check';
import { commitPersonImport } from './person-commit';
import { writePersonTemplate } from './template';

type ImportChannels =
  | 'imports.persons.check'
  | 'imports.persons.commit'
  | 'imports.persons.errorWorkbook'
  | 'imports.persons.template'
  | 'imports.persons.mappings.list'
  | 'imports.persons.mappings.save'
  | 'imports.persons.mappings.delete';

export const importsHandlers: PartialHandlers<ImportChannels> = {
  'imports.persons.check': checkPersonImport,
  'imports.persons.commit': commitPersonImport,
  'imports.persons.errorWorkbook': writeImportErrors,
  'imports.persons.template': writePersonTemplate,
  'imports.persons.mappings.list': (_input, ctx) => listMappings(ctx.db),
  'imports.persons.mappings.save': (input, ctx) => {
    const { list, replaced } = saveMapping(ctx.db, input, ctx.operator(), ctx.now());
    return {
      data: list,
      entityId: KEY,
      summary: `${replaced ? '更新' : '保存'}人员导入对应关系“${input.name}”：${describeMapping(input)}`,
    };
  },
  'imports.persons.mappings.delete': (input, ctx) => ({
    data: deleteMapping(ctx.db, input.name, ctx.operator(), ctx.now()),
    entityId: KEY,
    summary: `删除人员导入对应关系“${input.name}”`,
  }),
};
