// Issue 11: the 公示名单 names the village office to contact (BR-13, DOMAIN §9.6); its phone is an attribute of the
// village (村(居)民委员会) or, as the fallback the notice prints, of the 乡镇(街道) (劳动保障所). Edited in
// 设置 → 行政区划; empty until the county fills it in.
export default /* sql */ `
ALTER TABLE regions ADD COLUMN office_phone TEXT;
`;
