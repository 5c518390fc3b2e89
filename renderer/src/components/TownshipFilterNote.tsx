import { Button, Space, Tag } from 'antd';
import { usePlaces } from './usePlaces';

/**
 * The 乡镇 a work list is narrowed to by its address (`township=…`, e.g. when opened from 首页), with a button
 * that shows the whole county again. Nothing when the list is not narrowed.
 */
export function TownshipFilterNote({ townshipId, onClear }: { townshipId?: string; onClear: () => void }) {
  const places = usePlaces();
  if (!townshipId) return null;
  const name = places.byId.get(townshipId)?.name ?? '所选乡镇';
  return (
    <Space size={4} style={{ marginBottom: 8 }}>
      <Tag color="blue" style={{ marginInlineEnd: 0 }}>
        仅显示：{name}
      </Tag>
      <Button type="link" size="small" onClick={onClear}>
        {places.own ? '显示全部' : '显示全县'}
      </Button>
    </Space>
  );
}
