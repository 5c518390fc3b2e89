import { Alert } from 'antd';
import type { Places } from './usePlaces';

/**
 * 设置 → 行政区划 could not be read (usePlaces): a warning with the reason, since the place fields and names stay
 * empty meanwhile. Nothing when the places were read.
 */
export function PlacesWarning({
  places,
  gap,
}: {
  places: Places;
  /** The space below the warning. */
  gap: number;
}) {
  if (!places.error) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={`乡镇(街道)、村(社区)未能读取：${places.error}`}
      style={{ marginBottom: gap }}
    />
  );
}
