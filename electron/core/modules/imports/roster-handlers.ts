// imports.registrations.* and imports.placements.*: the same seven channels for each roster kind, on the shared
// pipeline (check, commit, error file, template, saved mappings).
import type { z } from 'zod';
import type { ImportFileInput, SaveMappingInput } from '../../../../shared/contract/imports';
import type { rosterImportCommitInput } from '../../../../shared/contract/roster-imports';
import type { CoreContext } from '../../context';
import type { Commit, PartialHandlers } from '../../handlers';
import type { JobControl } from '../../jobs/registry';
import { writeImportErrors } from './error-workbook';
import { deleteMapping, describeMapping, listMappings, saveMapping } from './mappings';
import { PLACEMENT_ROSTER } from './placement-roster';
import { REGISTRATION_ROSTER } from './registration-roster';
import { TRAINEE_ROSTER } from './trainee-roster';
import { RESULT_ROSTER } from './results-roster';
import { checkRoster } from './roster-check';
import { commitRoster } from './roster-commit';
import type { RosterRow, TemplatedKind } from './roster-kind';
import { writeTemplate } from './template-writer';

type Kinds = 'registrations' | 'placements' | 'trainees' | 'results';
type Channels<K extends Kinds> =
  | `imports.${K}.check`
  | `imports.${K}.commit`
  | `imports.${K}.errorWorkbook`
  | `imports.${K}.template`
  | `imports.${K}.mappings.list`
  | `imports.${K}.mappings.save`
  | `imports.${K}.mappings.delete`;

function handlersOf<K extends Kinds, R extends RosterRow, S>(id: K, kind: TemplatedKind<R, S>) {
  const scope = kind.mappings;
  return {
    [`imports.${id}.check`]: (input: ImportFileInput, ctx: CoreContext, job: JobControl) =>
      checkRoster(kind, input, ctx, job),
    [`imports.${id}.commit`]: (
      input: z.output<typeof rosterImportCommitInput>,
      ctx: CoreContext,
      job: JobControl,
      commit: Commit,
    ) => commitRoster(kind, input, ctx, job, commit),
    [`imports.${id}.errorWorkbook`]: writeImportErrors,
    [`imports.${id}.template`]: (_input: object, ctx: CoreContext, job: JobControl) =>
      writeTemplate(kind.template, ctx, job),
    [`imports.${id}.mappings.list`]: (_input: object, ctx: CoreContext) => listMappings(ctx.db, scope),
    [`imports.${id}.mappings.save`]: (input: Required<SaveMappingInput>, ctx: CoreContext) => {
      const { list, replaced } = saveMapping(ctx.db, input, ctx.operator(), ctx.now(), scope);
      return {
        data: list,
        entityId: scope.key,
        summary: `${replaced ? '更新' : '保存'}${kind.recordNoun}导入对应关系“${input.name}”：${describeMapping(input, scope)}`,
      };
    },
    [`imports.${id}.mappings.delete`]: (input: { name: string }, ctx: CoreContext) => ({
      data: deleteMapping(ctx.db, input.name, ctx.operator(), ctx.now(), scope),
      entityId: scope.key,
      summary: `删除${kind.recordNoun}导入对应关系“${input.name}”`,
    }),
  } as unknown as PartialHandlers<Channels<K>>;
}

export const rosterImportsHandlers = {
  ...handlersOf('registrations', REGISTRATION_ROSTER),
  ...handlersOf('placements', PLACEMENT_ROSTER),
  ...handlersOf('trainees', TRAINEE_ROSTER),
  ...handlersOf('results', RESULT_ROSTER),
};
