import type { PartialHandlers } from '../../handlers';
import { takeFile } from './store';

export const filesHandlers: PartialHandlers<'files.take'> = {
  'files.take': (input, ctx) => takeFile(ctx, input.fileId),
};
