import { z } from 'zod';
import { checkIdNumber, validateIdNumber } from '../domain/id-number';
import { validatePersonName } from '../domain/person-name';
import { checkPhone } from '../domain/phone';
import { cardNoWarning } from '../domain/card-no';
import { editKey, optText, optRef, picked } from './fields';
import { normalizeBankCard, validateBankCard } from '../domain/bank-card';
import { defaultRetirementCategory } from '../domain/retirement';
import {
  DISABILITY_GRADE_CODES,
  DISABILITY_TYPE_CODES,
  EDUCATION_CODES,
  EMPLOYMENT_STATUS_CODES,
  ETHNICITY_CODES,
  POVERTY_STATUS_CODES,
  RETIREMENT_CATEGORY_CODES,
  URBAN_RURAL_CODE_LIST,
  disabilityGradeLabel,
  disabilityTypeLabel,
} from '../enums';
import { checkedValue, custom } from './refine';
import { halfWidthAlnum } from '../domain/text';

// The ONE person schema used by the React form (zodResolver) and by the core (DOMAIN §3.1, §3.2).
//
// "Today" (VR-01 step 4: birth date ≤ today) comes in through a factory: personInputSchema(today).
// The form builds it with the working date from system.info; the contract channel, which must be a fixed
// schema, uses personInputSchema() (no upper date bound) and the persons service then parses the same input
// again with personInputSchema(ctx.today()). Form and core therefore run the same code with the same date.
//
// Update semantics: idNumber, disabilityCertNo, bankCardNo and a member's memberIdNumber may be left out
// (undefined) to keep the stored value — the record page only ever holds them masked (VR-09, §9).
// null or '' clears an optional field.

const NO_UPPER_BOUND = '9999-12-31';

/** Optional code of a §4 list: '' / null / undefined → null. */
const optCode = <C extends string>(codes: readonly C[], label: string) =>
  z
    .string()
    .nullish()
    .transform((v, ctx): C | null => {
      if (!v) return null;
      if (!(codes as readonly string[]).includes(v)) {
        custom(ctx, `${label}不在代码表中`);
        return z.NEVER;
      }
      return v as C;
    });

/** VR-01 with the failed step named (VR-02: a 15-digit number as such); '' → 请填写. */
const idNumberField = (today: string) =>
  z.string({ error: '请填写公民身份号码' }).transform((raw, ctx) => {
    if (!raw.trim()) {
      custom(ctx, '请填写公民身份号码');
      return z.NEVER;
    }
    return checkedValue(ctx, checkIdNumber(raw, today));
  });

/** VR-05, normalised (look-alike dots → U+00B7). */
const nameField = (emptyMessage: string) =>
  z.string({ error: emptyMessage }).transform((raw, ctx) => {
    const r = validatePersonName(raw);
    if (!r.ok) {
      custom(ctx, r.message === '请填写姓名' ? emptyMessage : r.message);
      return z.NEVER;
    }
    return r.value;
  });

/** VR-10 only when filled; the Luhn warning is collected later. Undefined = keep (update). */
const bankCardField = z
  .string()
  .nullish()
  .transform((raw, ctx) => {
    if (raw === undefined) return undefined;
    if (!normalizeBankCard(raw)) return null;
    return checkedValue(ctx, validateBankCard(raw));
  });

/** VR-12 shape: full-width → half-width, spaces removed, upper case. Undefined = keep (update). */
const certField = z
  .string()
  .max(30, { error: '残疾人证号不能超过30个字符' })
  .nullish()
  .transform((raw) => {
    if (raw === undefined) return undefined;
    const v = halfWidthAlnum((raw ?? '').replace(/[\s\u3000]+/g, '')).toUpperCase();
    return v || null;
  });

const memberSchema = (today: string) =>
  z.object({
    /** Present for a member already stored (update). */
    id: z.string().optional(),
    memberName: nameField('请填写家庭成员姓名'),
    memberIdNumber: z
      .string()
      .nullish()
      .transform((raw, ctx) => {
        if (raw === undefined) return undefined;
        if (!raw?.trim()) return null;
        // §3.2: validated if given; a member's field has no 转换为18位 button, so its message gives the number.
        return checkedValue(ctx, checkIdNumber(raw, today, true));
      }),
    relation: z
      .string({ error: '请填写与本人关系' })
      .trim()
      .min(1, { error: '请填写与本人关系' })
      .max(20, { error: '与本人关系不能超过20个字符' }),
    status: z
      .string({ error: '请填写目前状况' })
      .trim()
      .min(1, { error: '请填写目前状况' })
      .max(30, { error: '目前状况不能超过30个字符' }),
    worksAgeAble: z.boolean({ error: '请选择是否劳动年龄内有劳动能力' }),
  });

const fields = (today: string) => ({
  name: nameField('请填写姓名'),
  ethnicity: z.enum(ETHNICITY_CODES, { error: '请选择民族' }),
  education: optCode(EDUCATION_CODES, '文化程度'),
  phone: z
    .string()
    .max(30, { error: '联系电话不能超过30个字符' })
    .nullish()
    .transform((v) => checkPhone(v).value || null),
  residenceRegionId: picked('常住地所在的村(社区)'),
  hukouRegionId: optRef,
  address: optText('详细地址', 200),
  urbanRural: optCode(URBAN_RURAL_CODE_LIST, '城乡分类'),
  /** null: default by sex (BR-02 / E25: men M60, women the configured default). */
  retirementCategory: optCode(RETIREMENT_CATEGORY_CODES, '退休年龄类别'),
  disabilityCertNo: certField,
  disabilityType: optCode(DISABILITY_TYPE_CODES, '残疾类别'),
  disabilityGrade: optCode(DISABILITY_GRADE_CODES, '残疾等级'),
  povertyStatus: optCode(POVERTY_STATUS_CODES, '脱贫/监测状态'),
  dibao: z
    .boolean()
    .optional()
    .transform((v) => v ?? false),
  cardNo: optText('就业创业证号', 30),
  bankCardNo: bankCardField,
  bankName: optText('开户行', 60),
  employmentStatus: z.enum(EMPLOYMENT_STATUS_CODES, { error: '请选择当前就业状态' }),
  householdMembers: z
    .array(memberSchema(today))
    .max(20, { error: '家庭成员最多20人' })
    .optional()
    .transform((v) => v ?? []),
});

/** VR-12: 20 characters = the holder's 18-character ID + type (1–7) + grade (1–4); a reissue suffix like B1 is tolerated. */
export function checkDisabilityCert(
  cert: string,
  idNumber: string,
  type: string | null,
  grade: string | null,
): string | null {
  if (!/^\d{17}[\dX][1-7][1-4]([A-Z]\d)?$/.test(cert))
    return '残疾人证号应为20位：公民身份号码18位 + 残疾类别1位 + 残疾等级1位';
  if (cert.slice(0, 18) !== idNumber) return '残疾人证号前18位应与公民身份号码一致';
  if ((type && cert[18] !== type) || (grade && cert[19] !== grade)) {
    return `残疾人证号第19–20位表示“${disabilityTypeLabel(cert[18])}${disabilityGradeLabel(cert[19])}”，与所选残疾类别、等级不一致`;
  }
  return null;
}

/** E25 must fit the sex from the ID: M60 for men, F55/F50 for women. */
export function checkRetirementCategory(sex: '1' | '2', category: string | null): string | null {
  if (!category) return null;
  if (sex === '1' && category !== 'M60') return '男性的退休年龄类别应为“男职工(M60)”';
  if (sex === '2' && category === 'M60') return '女性的退休年龄类别应为 F55 或 F50';
  return null;
}

export type PersonWarnings = Partial<Record<'idNumber' | 'phone' | 'bankCardNo' | 'cardNo', string>>;

interface Finishable {
  idNumber?: string;
  phone: string | null;
  retirementCategory: string | null;
  disabilityCertNo?: string | null;
  disabilityType: string | null;
  disabilityGrade: string | null;
  bankCardNo?: string | null;
  cardNo?: string | null;
  householdMembers: { memberIdNumber?: string | null }[];
}

/** Cross-field rules (VR-12, E25 vs sex, member ≠ self) and warnings (VR-01 户籍非新疆, VR-04, VR-10 Luhn, VR-11). */
function finish<T extends Finishable>(v: T, ctx: z.RefinementCtx, today: string): T & { warnings: PersonWarnings } {
  const warnings: PersonWarnings = {};
  const id = v.idNumber ? validateIdNumber(v.idNumber, today) : null;
  if (id?.ok) {
    if (id.warnings.length) warnings.idNumber = id.warnings.join('；');
    const msg = checkRetirementCategory(id.sex, v.retirementCategory);
    if (msg) custom(ctx, msg, ['retirementCategory']);
    v.householdMembers.forEach((m, i) => {
      if (m.memberIdNumber === v.idNumber)
        custom(ctx, '家庭成员的公民身份号码不能与本人相同', ['householdMembers', i, 'memberIdNumber']);
    });
  }
  if (v.disabilityCertNo && v.idNumber) {
    const msg = checkDisabilityCert(v.disabilityCertNo, v.idNumber, v.disabilityType, v.disabilityGrade);
    if (msg) custom(ctx, msg, ['disabilityCertNo']);
    else {
      v.disabilityType ??= v.disabilityCertNo[18];
      v.disabilityGrade ??= v.disabilityCertNo[19];
    }
  }
  const phone = checkPhone(v.phone);
  if (phone.warning) warnings.phone = phone.warning;
  if (v.bankCardNo) {
    const card = validateBankCard(v.bankCardNo);
    if (card.ok && card.warning) warnings.bankCardNo = card.warning;
  }
  const card = cardNoWarning(v.cardNo);
  if (card) warnings.cardNo = card;
  return { ...v, warnings };
}

/** persons.create input (and the new-person form). */
export const personInputSchema = (today: string = NO_UPPER_BOUND) =>
  z.object({ idNumber: idNumberField(today), ...fields(today) }).transform((v, ctx) => finish(v, ctx, today));

/** persons.update input (and the edit form): full replacement, apart from the keep-if-omitted fields above. */
export const personUpdateSchema = (today: string = NO_UPPER_BOUND) =>
  z
    .object({
      ...editKey('人员'),
      idNumber: idNumberField(today).optional(),
      ...fields(today),
    })
    .transform((v, ctx) => finish(v, ctx, today));

export type PersonInput = z.input<ReturnType<typeof personInputSchema>>;
export type PersonInputParsed = z.output<ReturnType<typeof personInputSchema>>;
export type PersonUpdateInput = z.input<ReturnType<typeof personUpdateSchema>>;
export type PersonUpdateParsed = z.output<ReturnType<typeof personUpdateSchema>>;

/** E25 default when the form leaves it empty (CFG-28: women F50 unless the county's rule setting says F55). */
export const retirementCategoryFor = (sex: '1' | '2', chosen: string | null, femaleDefault: 'F50' | 'F55' = 'F50') =>
  chosen ?? defaultRetirementCategory(sex, femaleDefault);
