import type { HandlerMap } from '../handlers';
import { regionsHandlers } from './regions/handlers';
import { settingsHandlers } from './settings/handlers';
import { systemHandlers } from './system/handlers';
import { personsHandlers } from './persons/handlers';

/** Every contract channel has exactly one handler; the type makes a missing one a compile error. */
export const allHandlers: HandlerMap = {
  ...systemHandlers,
  ...settingsHandlers,
  ...regionsHandlers,
  ...personsHandlers,
};
