import CSSComputedStyle from 'happy-dom/lib/css/declaration/computed-style/CSSComputedStyle.js';
import * as PropertySymbol from 'happy-dom/lib/PropertySymbol.js';
import QuerySelector from 'happy-dom/lib/query-selector/QuerySelector.js';
import SelectorParser from 'happy-dom/lib/query-selector/SelectorParser.js';
import type SelectorItem from 'happy-dom/lib/query-selector/SelectorItem.js';

// happy-dom computes a style (getComputedStyle: Testing Library's role and name queries call it for every element
// they look at, user-event for every pointer action) by trying every CSS rule of the document on the element and on
// each parent not yet computed. antd puts some 2,500 rules into a page, so one element took milliseconds, and that
// was a third of a renderer test's CPU. A browser first drops the rules whose rightmost part names a class or tag
// the element does not have; this does the same before happy-dom's own loop. It reads the selectors with happy-dom's
// own parser and drops a rule only where happy-dom's match would refuse the rightmost part, and keeps the order, so
// every computed value stays what happy-dom computes without it (its odd readings of some antd selectors included).

/** What a rule needs of an element to match at all: one class or tag per selector; null when it cannot say. */
export type Keys = { classes: string[]; tags: string[] } | null;

interface StyleRuleLike {
  selectorText?: string;
}
interface ParseOptions {
  elements: { element: Element }[];
  cssRules: Iterable<StyleRuleLike>;
  hostElement?: unknown;
}

/** What happy-dom requires of the element itself: the rightmost part's first class, else its tag. */
function keyOf(rightmost: SelectorItem): { cls: string } | { tag: string } | 'never' | null {
  if (rightmost.isPseudoElement) return 'never';
  if (rightmost.classNames?.length) return { cls: rightmost.classNames[0] };
  if (rightmost.tagName && rightmost.tagName !== '*') return { tag: rightmost.tagName.toUpperCase() };
  return null;
}

/** happy-dom's window of a node (its parser needs it; the test environment's global is another object). */
export const windowOf = (node: Node): unknown => (node as unknown as Record<symbol, unknown>)[PropertySymbol.window];

/**
 * The keys of a rule with this selector list, as happy-dom's matches() parses it: the same parser options, but not
 * through the cache of whole selectors, which this leaves to matches().
 */
export function ruleKeys(selectorText: string, window: unknown): Keys {
  let groups: SelectorItem[][];
  try {
    const parser = new SelectorParser({
      window,
      ignoreErrors: true,
      globalMatchFunction: QuerySelector.globalMatchFunction,
    } as never) as unknown as { getSelectorGroupsUncached(selector: string): SelectorItem[][] };
    groups = parser.getSelectorGroupsUncached(selectorText.trim());
  } catch {
    return null;
  }
  const keys = { classes: [] as string[], tags: [] as string[] };
  for (const group of groups) {
    const key = group.length ? keyOf(group[group.length - 1]) : null;
    if (key === null) return null;
    if (key === 'never') continue;
    if ('cls' in key) keys.classes.push(key.cls);
    else keys.tags.push(key.tag);
  }
  return keys;
}

const keysOfRule = new WeakMap<object, Keys>();

function keysOf(rule: StyleRuleLike, window: unknown): Keys {
  if (!keysOfRule.has(rule)) keysOfRule.set(rule, ruleKeys(rule.selectorText ?? '', window));
  return keysOfRule.get(rule) ?? null;
}

/** What of an element `keys` look at. */
export const elementKeys = (element: Element) => ({ classes: element.classList, tag: element.tagName.toUpperCase() });

/** Whether `keys` rule out every one of the elements. */
export function matchesNone(keys: NonNullable<Keys>, elements: ReturnType<typeof elementKeys>[]): boolean {
  return elements.every((e) => !keys.classes.some((c) => e.classes.contains(c)) && !keys.tags.includes(e.tag));
}

type Parse = (this: unknown, options: ParseOptions) => void;

const proto = (CSSComputedStyle as unknown as { prototype: { parseCSSRules: Parse } }).prototype;
const original = proto.parseCSSRules;

/** False when happy-dom no longer has the method this wraps (style-rule-index.test.tsx then fails). */
export const RULE_INDEX_INSTALLED =
  typeof original === 'function' &&
  typeof (SelectorParser.prototype as unknown as Record<string, unknown>).getSelectorGroupsUncached === 'function';

if (RULE_INDEX_INSTALLED)
  proto.parseCSSRules = function parseCSSRules(options: ParseOptions) {
    if (options.hostElement || !options.elements.length) return original.call(this, options);
    const elements = options.elements.map(({ element }) => elementKeys(element));
    const window = windowOf(options.elements[0].element);
    const cssRules: StyleRuleLike[] = [];
    for (const rule of options.cssRules) {
      // Rules without a selector (@media, @supports, …) go through: happy-dom walks into them with this again.
      const keys = rule.selectorText === undefined ? null : keysOf(rule, window);
      if (!keys || !matchesNone(keys, elements)) cssRules.push(rule);
    }
    return original.call(this, { ...options, cssRules });
  };
