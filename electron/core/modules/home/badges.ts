// home.badges (shared/contract/home.ts): every navigation badge in one read. Each part is the count function of
// the module whose lists it counts, kept until a table it reads is written (db/memo.ts), so a contact saved
// recomputes the contact counts only.
import type { NavigationBadges } from '../../../../shared/contract/home';
import { monthOf } from '../../../../shared/domain/dates';
import type { CoreContext } from '../../context';
import { keptUntilWrite } from '../../db/memo';
import { inScope } from '../../scope/scope';
import { keptCountsByTownship } from '../contact-worklists/service';
import { BASE_EXPIRY_DAYS, dueCounts, ENDING_DAYS } from '../internships/service';
import { worklistCounts as postCounts } from '../posts/worklists';
import { keptWorkCounts } from '../recognitions/worklists';
import { followUpCount } from '../training/followups';

export function navigationBadges(ctx: CoreContext): NavigationBadges {
  const today = ctx.today();
  const contacts = keptCountsByTownship(ctx, monthOf(today));
  // A 乡镇经办 counts their townships only (issue 19); the other parts apply ctx.scope themselves.
  const rows = contacts.rows.filter((r) => inScope(ctx.scope, r.townshipId));
  const sum = (k: 'toContact' | 'lostContact' | 'firstContactDue') => rows.reduce((s, r) => s + r[k], 0);
  return {
    contacts: {
      month: contacts.month,
      asOf: contacts.asOf,
      toContact: sum('toContact'),
      lostContact: sum('lostContact'),
      firstContactDue: sum('firstContactDue'),
    },
    recognitions: keptWorkCounts(ctx, undefined, ctx.scope),
    posts: keptUntilWrite(ctx, 'postWorklists.counts', () => postCounts(ctx)),
    internships: keptUntilWrite(ctx, `internshipWorklists.dueCounts|${ENDING_DAYS}|${BASE_EXPIRY_DAYS}|`, () =>
      dueCounts(ctx),
    ),
    training: { followUps: followUpCount(ctx) },
  };
}
