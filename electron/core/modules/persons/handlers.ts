import { savedWithWarnings, written, type ChannelsOf, type PartialHandlers } from '../../handlers';
import { listPersons } from './list';
import { isKept, keptUntilWrite } from '../../db/memo';
import { exportRoster } from './roster-export';
import {
  createPerson,
  deletePerson,
  getPerson,
  restorePerson,
  revealIdNumber,
  revealPhone,
  updatePersonRecord,
} from './service';

type PersonChannels = ChannelsOf<'persons'>;

export const personsHandlers: PartialHandlers<PersonChannels> = {
  'persons.create': (input, ctx) => savedWithWarnings('person', createPerson(ctx, input)),
  'persons.update': (input, ctx) => savedWithWarnings('person', updatePersonRecord(ctx, input)),
  'persons.get': (input, ctx) => getPerson(ctx, input.id),
  'persons.list': (input, ctx) => {
    return listPersons(ctx.db, input, ctx.today(), ctx.scope, {
      get: (key, count) => keptUntilWrite(ctx, key, count),
      has: (key) => isKept(ctx, key),
    });
  },
  'persons.delete': (input, ctx) => {
    const p = deletePerson(ctx, input.id);
    return written({ data: p, summary: `删除人员“${p.name}”（${p.idNumberMasked}）` });
  },
  'persons.restore': (input, ctx) => {
    const p = restorePerson(ctx, input.id);
    return written({ data: p, summary: `恢复人员“${p.name}”（${p.idNumberMasked}）` });
  },
  'persons.revealId': (input, ctx) => {
    const r = revealIdNumber(ctx, input.id);
    return { data: { idNumber: r.idNumber }, entityId: input.id, summary: `查看完整公民身份号码：${r.name}` };
  },
  'persons.revealPhone': (input, ctx) => {
    const r = revealPhone(ctx, input.id);
    return { data: { phone: r.phone }, entityId: input.id, summary: `查看完整联系电话：${r.name}` };
  },
  'persons.exportRoster': exportRoster,
};
