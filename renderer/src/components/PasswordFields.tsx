import { Typography } from 'antd';
import { useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../../shared/contract/accounts';
import { PasswordField } from './fields';

// The password + 再次输入 pair of every screen that sets a password (first start, recovery, new account, own
// password). The form's schema adds the confirm field and its check with confirmField/confirmMatches
// (shared/contract/accounts.ts); this draws the two fields and says the rules and the strength in plain Chinese.

type PasswordStrength = '弱' | '中' | '强';

/** How many kinds of character (lower case, upper case, digits, others) the password mixes. */
const kinds = (v: string) => [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((re) => re.test(v)).length;

/** 弱: one kind of character; 强: three kinds and 10 characters or more, or all four; 中 otherwise. */
function passwordStrength(value: string): PasswordStrength {
  const k = kinds(value);
  if (k <= 1) return '弱';
  if (k === 4 || (k === 3 && value.length >= 10)) return '强';
  return '中';
}

/** The line under the password: the rules while it is too short, then its strength and what would help. */
export function passwordAdvice(value: string): string {
  const rules = `${PASSWORD_MIN}–${PASSWORD_MAX}位，建议混合大小写字母、数字和符号`;
  if (!value) return rules;
  if (value.length < PASSWORD_MIN) return `还差${PASSWORD_MIN - value.length}位（${rules}）`;
  const strength = passwordStrength(value);
  if (strength === '强') return '密码强度：强';
  return `密码强度：${strength}，建议混合大小写字母、数字和符号`;
}

interface PasswordFieldsProps<T extends FieldValues> {
  control: Control<T>;
  /** The form's id: the fields get `${formId}-${name}` and `${formId}-confirm`. */
  formId: string;
  /** The password field of the form ('password', 'newPassword'); the form also has `confirm`. */
  name: Path<T>;
  /** 密码, 新密码, 初始密码: the confirm field is 再次输入{label}. */
  label: string;
  /** A sentence after the rules, e.g. who the password is for. */
  hint?: string;
  autoFocus?: boolean;
}

export function PasswordFields<T extends FieldValues>({
  control,
  formId,
  name,
  label,
  hint,
  autoFocus,
}: PasswordFieldsProps<T>) {
  const value = (useWatch({ control, name }) as string | undefined) ?? '';
  const strength = value.length >= PASSWORD_MIN ? passwordStrength(value) : null;
  const advice = (
    <Typography.Text
      type={strength === '弱' ? 'warning' : strength === '强' ? 'success' : 'secondary'}
      id={`${formId}-${name}-advice`}
      aria-live="polite"
    >
      {passwordAdvice(value)}
      {hint ? `；${hint}` : ''}
    </Typography.Text>
  );
  return (
    <>
      <PasswordField
        control={control}
        name={name}
        id={`${formId}-${name}`}
        label={label}
        required
        extra={advice}
        autoFocus={autoFocus}
        autoComplete="new-password"
        maxLength={PASSWORD_MAX}
        aria-describedby={`${formId}-${name}-advice`}
      />
      <PasswordField
        control={control}
        name={'confirm' as Path<T>}
        id={`${formId}-confirm`}
        label={`再次输入${label}`}
        required
        autoComplete="new-password"
        maxLength={PASSWORD_MAX}
      />
    </>
  );
}
