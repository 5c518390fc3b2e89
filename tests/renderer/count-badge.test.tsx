import { describe, expect, it } from 'vitest';
import { CountBadge, COUNT_BADGE_COLOURS } from '../../renderer/src/components/CountBadge';
import { countTabLabel } from '../../renderer/src/components/list-page';
import { SETTINGS, createFakeApi } from './fake-api';
import { renderWithApp } from './render';

// Issue 18: the work lists' count badges (a grey zero, orange due, red late, green done) must read at 4.5:1
// (WCAG 2.0 AA); antd's light colours gave white digits 1.8–4.1:1.

function luminance(css: string): number {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  const hex = /^#([0-9a-f]{6})$/i.exec(css);
  const rgb = m
    ? [m[1], m[2], m[3]].map(Number)
    : hex
      ? [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16))
      : null;
  if (!rgb) throw new Error(`colour not understood: ${css}`);
  const [r, g, b] = rgb.map((v) => {
    const x = v / 255;
    return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('count badges', { timeout: 30_000 }, () => {
  it.each(Object.entries(COUNT_BADGE_COLOURS))('%s: digits at 4.5:1 or better', (_, c) => {
    expect(contrast(c.text, c.background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    [0, 'due', 'zero'],
    [0, 'done', 'done'],
    [3, 'due', 'due'],
    [3, 'urgent', 'urgent'],
  ] as const)('count %i (%s) is drawn in the %s colours', (count, tone, expected) => {
    const { container } = renderWithApp(
      <CountBadge count={count} tone={tone === 'done' ? 'due' : tone} zeroTone={tone === 'done' ? 'done' : 'zero'} />,
      { api: createFakeApi({}).api, settings: SETTINGS },
    );
    const sup = container.querySelector('sup') as HTMLElement;
    expect(sup).toHaveTextContent(String(count));
    const style = getComputedStyle(sup);
    const want = COUNT_BADGE_COLOURS[expected];
    expect(luminance(style.backgroundColor)).toBeCloseTo(luminance(want.background), 3);
    expect(luminance(style.color)).toBeCloseTo(luminance(want.text), 3);
  });

  it.each([
    [undefined, false, 'zero', '0'],
    [4, false, 'due', '4'],
    [4, true, 'urgent', '4'],
  ] as const)(
    'a work list tab (count %s, urgent %s) shows its name and a %s badge',
    (count, urgent, expected, digits) => {
      const { container } = renderWithApp(<>{countTabLabel('空岗报告待办', count, urgent)}</>, {
        api: createFakeApi({}).api,
        settings: SETTINGS,
      });
      expect(container).toHaveTextContent('空岗报告待办');
      const sup = container.querySelector('sup') as HTMLElement;
      expect(sup).toHaveTextContent(digits);
      expect(luminance(getComputedStyle(sup).backgroundColor)).toBeCloseTo(
        luminance(COUNT_BADGE_COLOURS[expected].background),
        3,
      );
    },
  );
});
