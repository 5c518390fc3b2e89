import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPersonListPage } from './person-list-page';
import { dialogTitled } from './queries';
import { RULE_INDEX_INSTALLED, elementKeys, matchesNone, ruleKeys, windowOf } from './style-rule-index';

// The rule index (setup.ts) may drop a CSS rule for an element only when the rule cannot match it; otherwise a
// computed style, and with it what a role query finds, would differ from happy-dom's own answer.

describe('style rule index', () => {
  it('keys a rule by the class or tag happy-dom requires of each selector’s rightmost part, or not at all', () => {
    expect(RULE_INDEX_INSTALLED).toBe(true);
    const keys = (selector: string) => ruleKeys(selector, windowOf(document));
    expect(keys(':where(.css-dev-only-x).ant-btn:hover')).toEqual({ classes: ['ant-btn'], tags: [] });
    expect(keys('.ant-form .ant-form-item > .ant-row, a.b, input')).toEqual({
      classes: ['ant-row', 'b'],
      tags: ['INPUT'],
    });
    // A pseudo-element never matches an element.
    expect(keys('div.x::before, .y')).toEqual({ classes: ['y'], tags: [] });
    expect(keys('.a :not(.b)')).toBeNull();
    expect(keys('.a [class^="ant-btn"]')).toBeNull();
    expect(keys('.a, *')).toBeNull();
  });

  it('drops no rule that matches an element of an antd screen', async () => {
    renderPersonListPage({});
    await userEvent.click(await screen.findByRole('button', { name: '新增' }));
    dialogTitled('新增人员');
    // One element of each tag and class list: the keys look at nothing else of an element.
    const bySignature = new Map<string, Element>();
    for (const e of document.body.querySelectorAll('*')) bySignature.set(`${e.tagName} ${e.className}`, e);
    const rules = Array.from(document.styleSheets).flatMap((sheet) => Array.from(sheet.cssRules));
    const styleRules = rules.filter((r): r is CSSStyleRule => 'selectorText' in r && !!r.selectorText);
    let dropped = 0;
    const wronglyDropped: string[] = [];
    for (const rule of styleRules) {
      const keys = ruleKeys(rule.selectorText, windowOf(document));
      if (!keys) continue;
      for (const element of bySignature.values()) {
        if (!matchesNone(keys, [elementKeys(element)])) continue;
        dropped++;
        let matches = false;
        try {
          matches = element.matches(rule.selectorText);
        } catch {
          // happy-dom refuses the selector: it matches nothing either way.
        }
        if (matches) wronglyDropped.push(`${rule.selectorText} ⇒ <${element.tagName} class="${element.className}">`);
      }
    }
    expect(styleRules.length).toBeGreaterThan(1000);
    expect(dropped).toBeGreaterThan(styleRules.length * 10);
    expect(wronglyDropped).toEqual([]);
  });
});
