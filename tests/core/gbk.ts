// GBK bytes for test files, as Chinese Excel saves a CSV ("CSV (逗号分隔)"), without an encoder package: the
// table is the reverse of the decoder the importer itself uses (TextDecoder('gbk')), built once per call.

/** Every two-byte GBK sequence by the character it decodes to. */
function gbkTable(): Map<string, [number, number]> {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  return table;
}

/** The text in GBK; throws on a character GBK has no bytes for. Checked by decoding it back. */
export function encodeGbk(text: string): Buffer {
  const table = gbkTable();
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const pair = table.get(ch);
    if (code < 0x80) bytes.push(code);
    else if (pair) bytes.push(...pair);
    else throw new Error(`no GBK bytes for ${ch}`);
  }
  const buf = Buffer.from(bytes);
  if (new TextDecoder('gbk').decode(buf) !== text) throw new Error('GBK bytes do not decode back to the text');
  return buf;
}
