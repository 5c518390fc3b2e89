import { NotYetOpenPage } from '../../app/NotYetOpenPage';

/** #/internships/* — placeholder until the module's screens land. */
export function InternshipsModule() {
  return <NotYetOpenPage title="就业见习" />;
}
