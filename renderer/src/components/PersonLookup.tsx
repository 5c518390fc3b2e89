import type { RefSelectProps } from 'antd';
import { useState, type Ref } from 'react';
import type { PersonListItem } from '../../../shared/contract/persons';
import { controlField } from './fields';
import { LookupSelect } from './LookupSelect';
import { useLookup } from './useLookupSearch';

/** How long typing must pause before the register is searched. */
const SEARCH_DELAY_MS = 250;

export interface PersonOption {
  id: string;
  name: string;
  idNumberMasked: string;
  townshipName?: string;
  villageName?: string;
}

interface PersonLookupProps {
  id?: string;
  /** The chosen person's id. */
  value?: string | null;
  /** Called with the chosen person (or null when cleared). */
  onChange?: (id: string | null, person: PersonOption | null) => void;
  onBlur?: () => void;
  /** The person already chosen, so the field can show a name before any search (e.g. on edit). */
  initial?: PersonOption | null;
  status?: 'error';
  disabled?: boolean;
  autoFocus?: boolean;
  ref?: Ref<RefSelectProps>;
}

/** 古丽 650102********012X 乡镇村 — the label a clerk recognises a person by; IDs stay masked (§9.4). */
function personOptionLabel(p: PersonOption): string {
  const place = `${p.townshipName ?? ''}${p.villageName ?? ''}`;
  return [p.name, p.idNumberMasked, place].filter(Boolean).join(' ');
}

/**
 * Picks one person of the register by typing part of the name, the whole ID or its last 4–6 characters, or a
 * phone number (the same search as the person list, done by the core through `persons.list`). Keyboard only:
 * type, arrow keys, Enter.
 */
export function PersonLookup({ onChange, initial, ...select }: PersonLookupProps) {
  const [chosen, setChosen] = useState<PersonOption | null>(initial ?? null);
  const lookup = useLookup(
    'persons.list',
    SEARCH_DELAY_MS,
    (q) => ({ q, pageSize: 20 }),
    (d) => d.items.map(toOption),
    { notFound: '未找到该人员，请先在“人员信息”中登记', prompt: '输入姓名、公民身份号码后几位或电话查找' },
  );
  // While nothing is typed the chosen person is the only option, so the field keeps showing their name; while
  // typing only the matches of the very text typed are offered (none while they load, and Enter waits for them),
  // so Enter takes the first match and never the previous choice or a match of the previous search
  // (LookupSelect).
  return (
    <LookupSelect
      {...select}
      chosen={chosen}
      allowClear
      placeholder="姓名 / 公民身份号码后4位 / 电话"
      lookup={lookup}
      valueOf={(o) => o.id}
      labelOf={personOptionLabel}
      onPick={(person, v) => {
        setChosen(person);
        onChange?.(v, person);
      }}
    />
  );
}

/** A person of the register (PersonLookup) in a form's person id field that holds null when empty. */
export const PersonLookupField = controlField<Pick<PersonLookupProps, 'initial' | 'disabled' | 'autoFocus'>>(
  (f, { initial, disabled, autoFocus }) => (
    <PersonLookup
      id={f.id}
      ref={f.ref}
      value={f.value as string | null}
      initial={initial}
      onChange={(v) => f.onChange(v)}
      onBlur={f.onBlur}
      disabled={disabled}
      status={f['aria-invalid'] ? 'error' : undefined}
      autoFocus={autoFocus}
    />
  ),
);

function toOption(p: PersonListItem): PersonOption {
  return {
    id: p.id,
    name: p.name,
    idNumberMasked: p.idNumberMasked,
    townshipName: p.townshipName,
    villageName: p.villageName,
  };
}
