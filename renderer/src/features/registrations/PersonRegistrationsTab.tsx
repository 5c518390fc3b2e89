import { Empty } from 'antd';
import type { PersonTabProps } from '../persons/person-tab';

/** The 失业登记与联系 tab of the person page — placeholder until the module's screens land. */
export function PersonRegistrationsTab(_props: PersonTabProps) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无记录" />;
}
