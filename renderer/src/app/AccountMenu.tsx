import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import { roleLabel } from '../../../shared/contract/accounts';
import { useSession } from '../components/session';
import { ChangePasswordModal } from '../features/auth/ChangePasswordModal';

/** The header's account: its name and role open a menu with 修改密码; 退出登录 stays one click away. */
export function AccountMenu() {
  const { account, signOut } = useSession();
  const [changing, setChanging] = useState(false);
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [{ key: 'password', label: '修改密码' }],
          onClick: ({ key }) => {
            if (key === 'password') setChanging(true);
          },
        }}
      >
        <Button
          type="text"
          size="small"
          aria-label={`当前账号：${account.displayName}（${roleLabel(account.role)}）`}
          style={{ marginInlineStart: 'auto', color: 'rgba(255, 255, 255, 0.85)', whiteSpace: 'nowrap' }}
        >
          {account.displayName}（{roleLabel(account.role)}）
          <DownOutlined />
        </Button>
      </Dropdown>
      <Button size="small" ghost onClick={signOut}>
        退出登录
      </Button>
      {changing && <ChangePasswordModal onClose={() => setChanging(false)} />}
    </>
  );
}
