import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A rule that warns without blocking (VR-04 phone, 户籍非新疆, VR-10 Luhn, VR-11): yellow text under the field. */
export function warningText(text: string | null | undefined): ReactNode {
  return text ? <Typography.Text type="warning">{text}</Typography.Text> : undefined;
}

export const FORM_ID = 'person-form';
export const fieldId = (name: string) => `${FORM_ID}-${name.replace(/\./g, '-')}`;
