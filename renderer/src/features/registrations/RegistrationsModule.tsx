import { NotYetOpenPage } from '../../app/NotYetOpenPage';

/** #/registrations/* — placeholder until the module's screens land. */
export function RegistrationsModule() {
  return <NotYetOpenPage title="失业登记与联系" />;
}
