// VR-11 就业创业证号 (DOMAIN §7): digits only, 16 or 18 long, the first 6 digits the issuing county's code. A warning
// only, never a refusal: old cards and other counties' numbers vary.
import { isProvinceCode } from './id-number';

export const CARD_NO_LENGTH_WARNING = '就业创业证号一般为16位或18位数字，请核对';

/**
 * Whether six digits can be a county-level code (GB/T 2260): a mainland province, then a prefecture (not 00), then a
 * county (not 00, which would be the prefecture itself). The full list of codes is not kept: plausible, not known.
 */
export const plausibleCountyCode = (six: string): boolean =>
  /^\d{6}$/.test(six) && isProvinceCode(six.slice(0, 2), true) && six.slice(2, 4) !== '00' && six.slice(4) !== '00';

/** The VR-11 warning for a 就业创业证号, or null when it looks right. */
export function cardNoWarning(cardNo: string | null | undefined): string | null {
  if (!cardNo) return null;
  if (!/^\d{16}$|^\d{18}$/.test(cardNo)) return CARD_NO_LENGTH_WARNING;
  const county = cardNo.slice(0, 6);
  if (!plausibleCountyCode(county))
    return `就业创业证号前6位（${county}）不是县级行政区划代码，一般为发证县(市、区)的代码，请核对`;
  return null;
}
