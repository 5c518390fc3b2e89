import type { ComponentType } from 'react';
import type { PersonDetail } from '../../../shared/contract/persons';

/** What a module's tab on the person page gets: the person, and a call to reload the page after a change. */
export interface PersonTabProps {
  personId: string;
  person: PersonDetail;
  /** Reloads the person (status tags) and the 操作记录 tab. */
  onChanged: () => void;
}

/** One module's tab on the person page; the list of them lives in app/person-tabs.tsx, above the modules. */
export interface PersonModuleTab {
  /** The tab's key, also `?tab=` in the address (links from the work lists). */
  key: string;
  label: string;
  Tab: ComponentType<PersonTabProps>;
}
