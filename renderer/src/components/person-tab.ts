import type { PersonDetail } from '../../../shared/contract/persons';

/** What a module's tab on the person page gets: the person, and a call to reload the page after a change. */
export interface PersonTabProps {
  personId: string;
  person: PersonDetail;
  /** Reloads the person (status tags) and the 操作记录 tab. */
  onChanged: () => void;
}
