import type { PersonListInput } from '../../../shared/contract/persons';

/** What the extra buttons on the persons list toolbar (导入 / 导出, app/PersonToolbar.tsx) get. */
export interface PersonToolbarProps {
  /** The list's current filters (without page), for an export of exactly what the clerk sees. */
  filters: PersonListInput;
  /** Call after an import changed the register, so the list reloads. */
  onChanged: () => void;
}
