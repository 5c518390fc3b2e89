// Region code structure (DOMAIN §3.12): 2 province + 2 prefecture + 2 county + 3 township + 3 village digits.

type CodeCheck = { ok: true; level: 4 | 5 } | { ok: false; message: string };

/** Level of a 12-digit code below the county: 4 township (乡镇/街道), 5 village (村/社区). */
export function levelOfCode(code: string): 4 | 5 | null {
  if (!/^\d{12}$/.test(code) || code.slice(6, 9) === '000') return null;
  return code.slice(9) === '000' ? 4 : 5;
}

/** Checks a township code against the county, or a village code against its township. */
export function checkCodeAgainstParent(code: string, countyCode: string, parentCode: string | null): CodeCheck {
  if (!/^\d{12}$/.test(code)) return { ok: false, message: '区划代码应为12位数字' };
  if (parentCode === null) {
    if (code.slice(0, 6) !== countyCode.slice(0, 6))
      return { ok: false, message: `乡镇(街道)代码应以本县代码 ${countyCode.slice(0, 6)} 开头` };
    if (code.slice(6, 9) === '000') return { ok: false, message: '乡镇(街道)代码第7–9位不能为 000' };
    if (code.slice(9) !== '000') return { ok: false, message: '乡镇(街道)代码最后3位应为 000' };
    return { ok: true, level: 4 };
  }
  if (code.slice(0, 6) !== countyCode.slice(0, 6))
    return { ok: false, message: `村(社区)代码应以本县代码 ${countyCode.slice(0, 6)} 开头` };
  if (code.slice(0, 9) !== parentCode.slice(0, 9))
    return { ok: false, message: `村(社区)代码应以所属乡镇代码 ${parentCode.slice(0, 9)} 开头` };
  if (code.slice(9) === '000') return { ok: false, message: '村(社区)代码最后3位不能为 000' };
  return { ok: true, level: 5 };
}
