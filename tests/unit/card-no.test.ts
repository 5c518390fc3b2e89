import { describe, expect, it } from 'vitest';
import { CARD_NO_LENGTH_WARNING, cardNoWarning, plausibleCountyCode } from '../../shared/domain/card-no';

// VR-11 就业创业证号: 16 or 18 digits whose first 6 are a county-level code; a warning only.

describe('VR-11 employment card number', () => {
  it.each([
    ['6531210000000001', null],
    ['653121202600000123', null],
    ['6590010000000001', null],
    ['1101050000000001', null],
    ['12345', CARD_NO_LENGTH_WARNING],
    ['65312100000000012', CARD_NO_LENGTH_WARNING],
    ['6531A10000000001', CARD_NO_LENGTH_WARNING],
    ['9931210000000001', '就业创业证号前6位（993121）不是县级行政区划代码，一般为发证县(市、区)的代码，请核对'],
    ['6531000000000001', '就业创业证号前6位（653100）不是县级行政区划代码，一般为发证县(市、区)的代码，请核对'],
    ['6500010000000001', '就业创业证号前6位（650001）不是县级行政区划代码，一般为发证县(市、区)的代码，请核对'],
    ['8100010000000001', '就业创业证号前6位（810001）不是县级行政区划代码，一般为发证县(市、区)的代码，请核对'],
    ['0000000000000000', '就业创业证号前6位（000000）不是县级行政区划代码，一般为发证县(市、区)的代码，请核对'],
  ])('%s → %s', (card, warning) => expect(cardNoWarning(card)).toBe(warning));

  it('nothing to warn about when the field is empty', () => {
    expect(cardNoWarning(null)).toBeNull();
    expect(cardNoWarning('')).toBeNull();
  });

  it.each([
    ['653121', true],
    ['659001', true],
    ['429004', true],
    ['653100', false],
    ['650021', false],
    ['710101', false],
    ['12345', false],
  ])('county code %s plausible = %s', (code, ok) => expect(plausibleCountyCode(code)).toBe(ok));
});
