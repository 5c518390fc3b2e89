import { Badge } from 'antd';

/**
 * The count beside a work list's name or heading, its colour saying how urgent it is. antd's light colours carry
 * white digits at 1.8–4.1:1 (grey #bfbfbf, orange #fa8c16, red #f5222d, green #52c41a); WCAG 2.0 AA asks 4.5:1
 * (issue 18), so every count badge takes its colours from here: white on the palette's shade 7, and a zero in dark
 * grey on light grey (quiet, still legible).
 */
type CountTone = 'urgent' | 'due' | 'done';

export const COUNT_BADGE_COLOURS: Record<CountTone | 'zero', { background: string; text: string }> = {
  urgent: { background: '#cf1322', text: '#ffffff' }, // 5.6:1
  due: { background: '#ad4e00', text: '#ffffff' }, // 5.4:1
  done: { background: '#237804', text: '#ffffff' }, // 5.6:1
  zero: { background: '#f0f0f0', text: '#545454' }, // 6.6:1
};

export function CountBadge({
  count,
  tone = 'due',
  zeroTone = 'zero',
  small = false,
  overflowCount = 999,
}: {
  count: number;
  /** The colour of a count above zero. */
  tone?: CountTone;
  /** The colour of a zero: quiet grey, or 'done' where an empty list is good news. */
  zeroTone?: 'zero' | 'done';
  small?: boolean;
  overflowCount?: number;
}) {
  const c = COUNT_BADGE_COLOURS[count ? tone : zeroTone];
  return (
    <Badge
      count={count}
      showZero
      overflowCount={overflowCount}
      size={small ? 'small' : undefined}
      color={c.background}
      style={{ color: c.text, boxShadow: 'none' }}
    />
  );
}
