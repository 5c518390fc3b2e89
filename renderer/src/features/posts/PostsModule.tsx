import { NotYetOpenPage } from '../../app/NotYetOpenPage';

/** #/posts/* — placeholder until the module's screens land. */
export function PostsModule() {
  return <NotYetOpenPage title="公益性岗位" />;
}
