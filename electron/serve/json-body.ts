import type { IncomingMessage } from 'node:http';

/** Limits of one API request body (issue 20): imports send a whole workbook as base64, nothing legitimate nests deep. */
const MAX_BODY_BYTES = 256 * 1024 * 1024;
const MAX_JSON_DEPTH = 64;

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

/** Deepest nesting of arrays/objects in a JSON text, counted without parsing (brackets inside strings are skipped). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) max = depth;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

/** Reads and parses a JSON request body, refusing (with a Chinese message) one too large, too deep or not JSON. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyError(413, '请求内容过大（超过 256 MB），请拆分文件后再试。');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  if (jsonDepth(text) > MAX_JSON_DEPTH) throw new BodyError(400, `请求内容嵌套过深（超过 ${MAX_JSON_DEPTH} 层）。`);
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, '请求内容不是有效的 JSON。');
  }
}
