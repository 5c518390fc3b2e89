import { Button, Space, Tag } from 'antd';
import { ownPlaceholder, usePlaces } from './usePlaces';

/**
 * The 乡镇 a work list is narrowed to by its address (`township=…`, e.g. when opened from 首页), with a button
 * that shows the whole county again. Nothing when the list is not narrowed — except for a 乡镇经办, whose lists
 * always hold their own townships (audit6 gap 3): the note names them, and offers 显示全部 only to a clerk of several.
 */
export function TownshipFilterNote({ townshipId, onClear }: { townshipId?: string; onClear: () => void }) {
  const places = usePlaces();
  const own = ownPlaceholder(places);
  if (!townshipId && !own) return null;
  const name = townshipId ? (places.byId.get(townshipId)?.name ?? '所选乡镇') : own;
  const clearable = townshipId && (places.own?.length ?? 0) !== 1;
  return (
    <Space size={4} style={{ marginBottom: 8 }}>
      <Tag color="blue" style={{ marginInlineEnd: 0 }}>
        仅显示：{name}
      </Tag>
      {clearable && (
        <Button type="link" size="small" onClick={onClear}>
          {places.own ? '显示全部' : '显示全县'}
        </Button>
      )}
    </Space>
  );
}
