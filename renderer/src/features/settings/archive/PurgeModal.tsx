import { Alert, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { PURGE_CONFIRM_TEXT } from '../../../../../shared/contract/archive';

/**
 * The confirmation of a purge (a destructive action): names the count and what happens, and enables 删除 only once
 * the administrator has typed 确认删除.
 */
export function PurgeModal({
  count,
  years,
  onConfirm,
  onClose,
}: {
  count: number;
  years: number;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const [typed, setTyped] = useState('');
  const ready = typed.trim() === PURGE_CONFIRM_TEXT;
  return (
    <Modal
      open
      title={`删除 ${count} 人的到期档案`}
      okText="删除"
      okButtonProps={{ danger: true, disabled: !ready }}
      cancelText="取消"
      onOk={onConfirm}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert
        type="warning"
        showIcon
        title={`将永久删除 ${count} 人（超过保存期限${years}年）的人员信息及其失业登记、联系记录、安置、考勤、见习、认定、家庭成员和培训记录。`}
        description="删除前先自动备份；删除后这些人员的操作记录保留，但不再显示姓名。请先导出到期档案交档案室保存。"
        style={{ marginBottom: 12 }}
      />
      <Typography.Paragraph>请输入“{PURGE_CONFIRM_TEXT}”以确认：</Typography.Paragraph>
      <Input aria-label="确认文字" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
    </Modal>
  );
}
