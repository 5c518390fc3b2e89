import { UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { PersonImportModal } from './PersonImportModal';

/** 导入 on the persons toolbar: opens the person import (check, review, commit). */
export function PersonImportButton({ disabled, onImported }: { disabled?: boolean; onImported?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<UploadOutlined aria-hidden />} disabled={disabled} onClick={() => setOpen(true)}>
        导入
      </Button>
      {open && <PersonImportModal onClose={() => setOpen(false)} onImported={onImported} />}
    </>
  );
}
