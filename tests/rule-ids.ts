// The internal ids a clerk must never read (issue 18): rule ids BR-xx / VR-xx / CFG-xx, and code-list or item codes in
// brackets — （E06）, （C11）, （L06）, also （C01 被用人单位录用）— and DOMAIN section numbers (§3.11). Shared by the source scan (tests/unit), the
// workbook scan (tests/core) and the page scan (tests/e2e).

export const RULE_ID = /\b(?:BR|VR|CFG)-\d{2}\b|[（(][ECL]\d{2}(?=[）)\s、，,])|§\d+(?:\.\d+)*/;

const CHINESE = /[\u4e00-\u9fff]/;

/** The offending id in a piece of text a clerk reads, or null. */
export function ruleIdIn(text: string): string | null {
  const m = RULE_ID.exec(text);
  return m ? m[0] : null;
}

/** Text that is clerk-facing (holds Chinese) and names an internal id. SQL comments inside literals are not. */
export function clerkTextWithRuleId(text: string): string | null {
  const visible = text.replace(/--[^\n]*/g, '');
  return CHINESE.test(visible) ? ruleIdIn(visible) : null;
}
