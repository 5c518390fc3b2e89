import { RosterCard } from '../../renderer/src/features/subsidies/RosterCard';

/** The 公益性岗位补贴 roster card (RPT-06) of a month with no roster yet, as the subsidy page shows it. */
export const postRosterCard = (month: string) => (
  <RosterCard
    title="公益性岗位补贴"
    kind="post"
    month={month}
    report="RPT-06"
    batches={[]}
    loading={false}
    invalidates={[]}
  />
);
