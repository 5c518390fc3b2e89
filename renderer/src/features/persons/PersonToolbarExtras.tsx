import type { PersonListInput } from '../../../../shared/contract/persons';
import { PersonToolbarButtons } from '../imports';

export interface PersonToolbarExtrasProps {
  /** The list's current filters (without page), for an export of exactly what the clerk sees. */
  filters: PersonListInput;
  /** Call after an import changed the register, so the list reloads. */
  onChanged: () => void;
}

/** 导入 / 导出 in the persons list toolbar, from features/imports and features/reports. */
export function PersonToolbarExtras(props: PersonToolbarExtrasProps) {
  return <PersonToolbarButtons {...props} />;
}
