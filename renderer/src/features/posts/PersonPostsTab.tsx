import { Empty } from 'antd';
import type { PersonTabProps } from '../persons/person-tab';

/** The 公益性岗位 tab of the person page — placeholder until the module's screens land. */
export function PersonPostsTab(_props: PersonTabProps) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无记录" />;
}
