import type { PersonListInput } from '../../../../shared/contract/persons';

export interface PersonToolbarExtrasProps {
  /** The list's current filters (without page), for an export of exactly what the clerk sees. */
  filters: PersonListInput;
  /** Call after an import changed the register, so the list reloads. */
  onChanged: () => void;
}

/**
 * SLOT for 导入 / 导出 in the persons list toolbar (owned by the imports/reports work in
 * features/imports and features/reports). Render their buttons here; it renders nothing until then.
 */
export function PersonToolbarExtras(_props: PersonToolbarExtrasProps) {
  return null;
}
