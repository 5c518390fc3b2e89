/**
 * One optional condition of a list's WHERE clause: added when `value` is given (truthy), its named parameter
 * `name` bound to the value; a condition without a name takes no parameter. SQL is the module's own constant.
 */
export type Filter = readonly [value: unknown, sql: string, name?: string];

/** The WHERE clause of the conditions given ('' when none is), their parameters added to `args`. */
export function whereOf(filters: readonly Filter[], args: Record<string, unknown>): string {
  const where: string[] = [];
  for (const [value, sql, name] of filters) {
    if (!value) continue;
    where.push(sql);
    if (name) args[name] = value;
  }
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

/** Text matched literally by LIKE … ESCAPE '\': its \, % and _ escaped (the caller adds the wildcards). */
export const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
