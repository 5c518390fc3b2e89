import { Empty } from 'antd';
import type { PersonTabProps } from '../persons/person-tab';

/** The 就业见习 tab of the person page — placeholder until the module's screens land. */
export function PersonInternshipsTab(_props: PersonTabProps) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无记录" />;
}
