import type { Resolver } from 'react-hook-form';
import type { AppErrorBody } from '../../../../shared/contract';
import {
  internshipCreateInput,
  type InternshipCreateInput,
  type InternshipDetail,
  type InternshipUpdateInput,
} from '../../../../shared/contract/internships';
import { fenToFormYuan, formYuanToFen } from '../../../../shared/domain/money';
import { normaliseTypedDate } from '../../../../shared/domain/dates';
import { inputResolver, renameKeys, resolution } from '../../components/input-resolver';

// The 新增见习 / 修改见习 form: what the clerk types (money in yuan), and the internships.create or internships.update
// input it becomes (fen). The allowance standard is filled with BR-27's default, the minimum wage in force on the
// start date, and follows it while the clerk has not typed another; a standard equal to that default (or left empty)
// is sent as null (the core's default), another one as the record's own (custom) standard.

export interface InternshipFormValues {
  personId: string | null;
  internType: string | null;
  school: string;
  major: string;
  degree: string | null;
  graduationDate: string;
  hostId: string | null;
  position: string;
  agreementStart: string;
  agreementEnd: string;
  /** 生活费补助标准, yuan per month; empty = the BR-27 default. */
  allowanceStandard: number | null;
  /** The BR-27 default the field was last filled with (fen; the minimum wage on the start date): not a field. */
  allowanceDefaultFen: number | null;
  /** 单位岗位补助, yuan per month. */
  hostAllowance: number | null;
  insurancePolicy: string;
  remark: string;
  /** 其他类别说明, with 见习人员类别 其他 (E20 9) only. */
  otherTypeNote: string;
}

export const NEW_INTERNSHIP: InternshipFormValues = {
  personId: null,
  internType: null,
  school: '',
  major: '',
  degree: null,
  graduationDate: '',
  hostId: null,
  position: '',
  agreementStart: '',
  agreementEnd: '',
  allowanceStandard: null,
  allowanceDefaultFen: null,
  hostAllowance: null,
  insurancePolicy: '',
  remark: '',
  otherTypeNote: '',
};

export const FORM_FIELDS = [
  'personId',
  'internType',
  'school',
  'major',
  'degree',
  'graduationDate',
  'hostId',
  'position',
  'agreementStart',
  'agreementEnd',
  'allowanceStandard',
  'hostAllowance',
  'insurancePolicy',
  'remark',
  'otherTypeNote',
] as const satisfies readonly (keyof InternshipFormValues)[];

/** Contract paths that a form field shows under another name. */
const FIELD_OF_PATH: Record<string, keyof InternshipFormValues> = {
  hostAllowanceFen: 'hostAllowance',
  // BR-27's refusals (no minimum wage on the start date) and the schema's show under the standard itself.
  allowanceStandardFen: 'allowanceStandard',
};

/** BR-27: null (the minimum wage on the start date) unless the clerk typed a standard other than that default. */
function customStandardFen(v: InternshipFormValues): number | null {
  const typed = formYuanToFen(v.allowanceStandard);
  return typed === null || typed === v.allowanceDefaultFen ? null : typed;
}

export function toCreateInput(v: InternshipFormValues): InternshipCreateInput {
  const graduate = v.internType === '1';
  return {
    personId: v.personId ?? '',
    hostId: v.hostId ?? '',
    position: v.position,
    internType: (v.internType ?? undefined) as InternshipCreateInput['internType'],
    // Graduate details only for graduates (E20 1); others may leave them out.
    school: graduate ? v.school : v.school || null,
    major: graduate ? v.major : v.major || null,
    degree: (v.degree ?? null) as InternshipCreateInput['degree'],
    graduationDate: normaliseTypedDate(v.graduationDate) || null,
    agreementStart: normaliseTypedDate(v.agreementStart),
    agreementEnd: normaliseTypedDate(v.agreementEnd),
    allowanceStandardFen: customStandardFen(v),
    hostAllowanceFen: (formYuanToFen(v.hostAllowance) ?? undefined) as number,
    insurancePolicy: v.insurancePolicy,
    remark: v.remark || null,
    otherTypeNote: v.internType === '9' ? v.otherTypeNote || null : null,
  };
}

/** The form filled with a saved internship (修改见习). */
export function fromDetail(d: InternshipDetail): InternshipFormValues {
  return {
    personId: d.personId,
    internType: d.internType,
    school: d.school ?? '',
    major: d.major ?? '',
    degree: d.degree,
    graduationDate: d.graduationDate ?? '',
    hostId: d.hostId,
    position: d.position,
    agreementStart: d.agreementStart,
    agreementEnd: d.agreementEnd,
    // A default standard is the default the form fills (and follows when the start date moves).
    allowanceStandard: fenToFormYuan(d.allowanceStandardFen),
    allowanceDefaultFen: d.allowanceSource === 'default' ? d.allowanceStandardFen : null,
    hostAllowance: fenToFormYuan(d.hostAllowanceFen),
    insurancePolicy: d.insurancePolicy,
    remark: d.remark ?? '',
    otherTypeNote: d.otherTypeNote ?? '',
  };
}

/** internships.update of `d` with the form's values: every field but the person, keyed by the record as read. */
export function toUpdateInput(v: InternshipFormValues, d: InternshipDetail): InternshipUpdateInput {
  const { personId: _person, ...fields } = toCreateInput(v);
  return { ...fields, id: d.id, expectedUpdatedAt: d.updatedAt };
}

/** The core's error with its field paths renamed to this form's fields. */
export function toFormError(error: AppErrorBody): AppErrorBody {
  if (!error.fields) return error;
  return { ...error, fields: renameKeys(error.fields, FIELD_OF_PATH) };
}

const contractResolver = inputResolver<InternshipFormValues>(internshipCreateInput, toCreateInput, FIELD_OF_PATH);

/**
 * The core's own schema on what the form will send (errors on the form's fields), plus what the form knows better:
 * a missing person or base, and an allowance standard or host allowance that is not a sum in yuan.
 */
export const internshipResolver: Resolver<InternshipFormValues> = async (values, context, options) => {
  const r = await contractResolver(values, context, options);
  const errors: Record<string, unknown> = { ...r.errors };
  if (Number.isNaN(formYuanToFen(values.allowanceStandard)))
    errors.allowanceStandard = { type: 'format', message: '生活费补助标准最多保留两位小数' };
  if (values.hostAllowance === null) errors.hostAllowance = { type: 'required', message: '请填写单位岗位补助' };
  else if (Number.isNaN(formYuanToFen(values.hostAllowance)))
    errors.hostAllowance = { type: 'format', message: '单位岗位补助最多保留两位小数' };
  if (!values.personId) errors.personId = { type: 'required', message: '请选择见习人员' };
  if (!values.hostId) errors.hostId = { type: 'required', message: '请选择见习单位' };
  return resolution(values, errors);
};
