import type { RefSelectProps } from 'antd';
import type { Ref } from 'react';
import { LookupSelect } from '../../components/LookupSelect';
import { useLookup } from '../../components/useLookupSearch';
import { targetOfLookup, type ContactTarget } from './contact-values';

const SEARCH_DELAY_MS = 200;

interface ContactLookupProps {
  id: string;
  /** The chosen registration. */
  value: string | null;
  /** The person being called, to show before any search (a work-list row, the person page). */
  target: ContactTarget | null;
  onChange: (target: ContactTarget | null) => void;
  onBlur?: () => void;
  invalid?: boolean;
  ref?: Ref<RefSelectProps>;
}

/** 古丽 650102********012X 乌帕尔镇乌帕尔村 */
export const targetLabel = (t: ContactTarget) =>
  [t.name, t.idNumberMasked, `${t.townshipName}${t.villageName}`].filter(Boolean).join('  ');

/**
 * The 50-calls-a-morning search (contacts.lookup): part of a name or the last 4–6 ID characters finds the
 * persons with an ACTIVE registration. Keyboard only: type, arrow keys, Enter.
 */
export function ContactLookup({ id, value, target, onChange, onBlur, invalid, ref }: ContactLookupProps) {
  // Only the matches of the very text typed; Enter waits for them (a stale match is never taken).
  const lookup = useLookup(
    'contacts.lookup',
    SEARCH_DELAY_MS,
    (q) => ({ q, limit: 20 }),
    (d) => d.items.map(targetOfLookup),
    { notFound: '没有找到有效失业登记的人员', prompt: '输入姓名或公民身份号码后4–6位查找' },
  );

  return (
    <LookupSelect
      ref={ref}
      id={id}
      aria-invalid={invalid || undefined}
      status={invalid ? 'error' : undefined}
      value={value}
      chosen={target}
      placeholder="姓名 / 公民身份号码后4–6位"
      lookup={lookup}
      valueOf={(o) => o.registrationId}
      labelOf={targetLabel}
      onBlur={onBlur}
      onPick={(t) => onChange(t)}
    />
  );
}
