import { Alert, App, Button, Drawer, Space, Typography } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { PersonDetail } from '../../../../shared/contract/persons';
import { useRead } from '../../api';
import { OnceInDocument } from '../../components/OnceInDocument';
import { useConfirmClose } from '../../components/useConfirmClose';
import { FORM_ID } from './form-bindings';
import { PersonForm } from './PersonForm';
import { openedExistingMessage, type ExistingPerson } from './useDuplicateCheck';
import type { Places } from '../../components/usePlaces';
import { announceSaved } from '../../components/save-messages';

interface PersonFormDrawerProps {
  /** Edit this person (loaded here unless `detail` is given); neither: 新增. */
  personId?: string;
  detail?: PersonDetail;
  places: Places;
  onClose: () => void;
  /** `again`: 保存并新增 — the list opens a fresh 新增 form; otherwise the drawer is closed. */
  onSaved: (person: PersonDetail, again: boolean) => void;
}

type Load =
  { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; detail: PersonDetail | null };

/**
 * 新增 / 编辑 in a drawer. Closing (×, 取消, Esc) asks first when something changed; so does leaving the page
 * (beforeunload). The drawer's mask keeps the rest of the app out of reach while it is open.
 */
export function PersonFormDrawer({ personId, detail, places, onClose, onSaved }: PersonFormDrawerProps) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const read = useRead('persons.get', personId && !detail ? { id: personId } : null, { keepPrevious: false });
  const load: Load =
    !personId || detail
      ? { state: 'ready', detail: detail ?? null }
      : read.data
        ? { state: 'ready', detail: read.data }
        : read.error
          ? { state: 'failed', message: read.error }
          : { state: 'loading' };
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);

  const requestClose = useConfirmClose(dirty, saving, onClose);

  const saveAndNew = useRef<(() => void) | null>(null);

  const saved = useCallback(
    (person: PersonDetail, warnings: Record<string, string>, again: boolean) => {
      announceSaved(message, `${personId ? '已保存' : '已新增'}“${person.name}”`, warnings);
      onSaved(person, again);
    },
    [message, onSaved, personId],
  );

  const openExisting = useCallback(
    (p: ExistingPerson) => {
      message.info(openedExistingMessage(p));
      onClose();
      navigate(`/persons/${p.id}`);
    },
    [message, navigate, onClose],
  );

  const ready = load.state === 'ready';
  const title = personId ? `编辑人员${ready && load.detail ? `：${load.detail.name}` : ''}` : '新增人员';
  return (
    <Drawer
      open
      title={title}
      size={780}
      onClose={requestClose}
      keyboard
      mask={{ closable: false }}
      loading={load.state === 'loading'}
      styles={{ body: { paddingTop: 16 } }}
      footer={
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Typography.Text type="secondary">
            {personId
              ? 'Ctrl+S 或在输入框中按 Enter 保存；Esc 关闭'
              : 'Enter 或 Ctrl+S 保存；Ctrl+Enter 保存并新增下一位；Esc 关闭'}
          </Typography.Text>
          <Space>
            <Button onClick={requestClose} disabled={saving}>
              取消
            </Button>
            {!personId && (
              <Button onClick={() => saveAndNew.current?.()} disabled={!ready || saving}>
                保存并新增
              </Button>
            )}
            <Button type="primary" htmlType="submit" form={FORM_ID} loading={saving} disabled={!ready}>
              保存
            </Button>
          </Space>
        </Space>
      }
    >
      {load.state === 'failed' && <Alert type="error" showIcon title={load.message} />}
      {ready && (
        <OnceInDocument>
          <PersonForm
            detail={load.detail}
            places={places}
            onDirtyChange={setDirty}
            onSavingChange={setSaving}
            onSaved={saved}
            onOpenExisting={openExisting}
            saveAndNewRef={saveAndNew}
          />
        </OnceInDocument>
      )}
    </Drawer>
  );
}
