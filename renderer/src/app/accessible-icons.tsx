import { CloseCircleFilled, CloseOutlined, EllipsisOutlined, SearchOutlined } from '@ant-design/icons';
import type { ConfigProviderProps } from 'antd';

// antd's icon buttons take their accessible name from the icon (search, close-circle, close, ellipsis): given once
// here, through ConfigProvider, in Chinese (issue 18; a screen reader reads "搜索", not "search").
// Not for Input/TextArea: their only ConfigProvider option is `allowClear`, which would put a clear button (a Tab
// stop) after every text field of every form and grid; no text field here has one.
const clearIcon = <CloseCircleFilled aria-label="清除" />;
const closeIcon = <CloseOutlined aria-label="关闭" />;

export const ACCESSIBLE_ICONS = {
  inputSearch: { searchIcon: <SearchOutlined aria-label="搜索" /> },
  select: { clearIcon },
  datePicker: { clearIcon },
  modal: { closeIcon },
  drawer: { closeIcon },
  tabs: { more: { icon: <EllipsisOutlined aria-label="更多页签" /> } },
} satisfies Partial<ConfigProviderProps>;
