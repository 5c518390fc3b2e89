import { Button, Form, InputNumber, Space, Tag } from 'antd';
import { useState } from 'react';
import { roleLabel, type Account } from '../../../../../shared/contract/accounts';
import { useRead, useWrite } from '../../../api';
import { useSession } from '../../../components/session';
import { usePlaces } from '../../../components/usePlaces';
import { AccountModal } from './AccountModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { ListTable } from '../../../components/list-page';
import { useConfirmWrite, useWriteMessage } from '../../../components/useConfirmWrite';

/** 设置 → 账号管理 (administrator only; the core refuses the channels to everyone else). */
export function AccountsTab() {
  const confirm = useConfirmWrite();
  const tell = useWriteMessage();
  const { account: me } = useSession();
  const list = useRead('accounts.list', {});
  const status = useRead('auth.status', {});
  const places = usePlaces();
  const deactivate = useWrite('accounts.deactivate');
  const activate = useWrite('accounts.activate');
  const setLock = useWrite('accounts.setLockMinutes', { invalidates: ['auth.status'] });
  const [editing, setEditing] = useState<Account | 'new' | null>(null);
  const [resetting, setResetting] = useState<Account | null>(null);
  const [lockMinutes, setLockMinutes] = useState<number | null>(null);

  const toggle = (a: Account) =>
    confirm({
      title: a.active ? `停用账号“${a.username}”？` : `启用账号“${a.username}”？`,
      content: a.active ? '停用后该账号不能登录；它留下的操作记录保留。' : undefined,
      okText: a.active ? '停用' : '启用',
      write: () => (a.active ? deactivate.write({ id: a.id }) : activate.write({ id: a.id })),
      done: a.active ? '已停用' : '已启用',
    });

  const saveLock = async () => {
    if (lockMinutes === null) return;
    tell(await setLock.write({ minutes: lockMinutes }), (d) => `已保存：无操作${d.lockMinutes}分钟后自动锁定`);
  };

  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button type="primary" onClick={() => setEditing('new')}>
          新建账号
        </Button>
        <Form layout="inline" onFinish={() => void saveLock()}>
          <Form.Item label="无操作自动锁定（分钟）" htmlFor="lock-minutes">
            <InputNumber
              id="lock-minutes"
              min={1}
              max={120}
              value={lockMinutes ?? status.data?.lockMinutes}
              onChange={(v) => setLockMinutes(typeof v === 'number' ? v : null)}
            />
          </Form.Item>
          <Button htmlType="submit" loading={setLock.pending} disabled={lockMinutes === null}>
            保存锁定时间
          </Button>
        </Form>
      </Space>
      <ListTable<Account>
        label="账号列表"
        loading={list.loading}
        items={list.data?.items}
        columns={[
          { title: '用户名', dataIndex: 'username' },
          { title: '姓名', dataIndex: 'displayName' },
          { title: '角色', dataIndex: 'role', render: (r: Account['role']) => roleLabel(r) },
          {
            title: '乡镇(街道)',
            dataIndex: 'townshipIds',
            render: (ids: string[]) => ids.map((id) => places.byId.get(id)?.name ?? id).join('、'),
          },
          { title: '导出完整号码', dataIndex: 'fullIdExport', render: (v: boolean) => (v ? '允许' : '—') },
          {
            title: '状态',
            key: 'state',
            render: (_, a) =>
              !a.active ? (
                <Tag>已停用</Tag>
              ) : a.lockedUntil ? (
                <Tag color="red">已锁定</Tag>
              ) : (
                <Tag color="green">正常</Tag>
              ),
          },
          {
            title: '操作',
            key: 'actions',
            render: (_, a) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(a)}>
                  修改
                </Button>
                <Button type="link" size="small" onClick={() => setResetting(a)}>
                  重设密码
                </Button>
                <Button type="link" size="small" disabled={a.id === me.id} onClick={() => toggle(a)}>
                  {a.active ? '停用' : '启用'}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing && <AccountModal account={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {resetting && <ResetPasswordModal account={resetting} onClose={() => setResetting(null)} />}
    </>
  );
}
