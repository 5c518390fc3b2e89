import { useState } from 'react';
import type { EmployerListInput, EmployerListItem } from '../../../shared/contract/employers';
import { useRead } from '../api';
import type { NullableSelectProps } from './field-bindings';
import { LookupSelect } from './LookupSelect';
import { useLookup } from './useLookupSearch';

/** How long typing must pause before the county's units are searched. */
const SEARCH_DELAY_MS = 250;
/** The units offered, by name, before anything is typed (a small county's whole list). */
const BROWSE_SIZE = 100;
/** The matches offered for a typed text. */
const MATCH_SIZE = 20;

export interface EmployerOption {
  id: string;
  name: string;
  townshipName?: string;
}

interface EmployerSelectProps extends NullableSelectProps {
  /** The stored employer when editing, so its name shows before any search. */
  current?: EmployerOption | null;
  /** Only recognised 见习基地 are offered and searched (the host of an internship). */
  basesOnly?: boolean;
  'aria-label'?: string;
  allowClear?: boolean;
  placeholder?: string;
}

/** What the open list says, for any unit or for 见习基地 only. */
const TEXTS = {
  any: {
    notFound: '没有匹配的单位，请先在“用人单位”中新增',
    prompt: '输入单位名称或统一社会信用代码查找',
    placeholder: '输入单位名称查找',
  },
  bases: {
    notFound: '没有匹配的见习基地，请先在“见习基地”中认定',
    prompt: '输入见习基地名称或统一社会信用代码查找',
    placeholder: '输入见习基地名称查找',
  },
} as const;

/** employers.list's input for the units offered before anything is typed (shared with the callers' own reads). */
export const employerBrowseInput = (basesOnly = false): EmployerListInput =>
  basesOnly ? { isInternshipBase: true, pageSize: BROWSE_SIZE } : { pageSize: BROWSE_SIZE };

const labelOf = (e: EmployerOption) => (e.townshipName ? `${e.name}（${e.townshipName}）` : e.name);
const toOption = (e: Pick<EmployerListItem, 'id' | 'name' | 'townshipName'>): EmployerOption => ({
  id: e.id,
  name: e.name,
  townshipName: e.townshipName,
});

/**
 * 用人单位 by name: before anything is typed the first units by name are offered; typed text (part of the name, or
 * the start of the 统一社会信用代码) is searched by the core (`employers.list q`), so every unit of the county can be
 * chosen however many there are. The chosen unit's name shows even when it is not among the first units (the
 * caller's `current`, else read by id). Keyboard only: type, arrow keys, Enter (held while the text is searched).
 * With `basesOnly` the same holds for the county's 见习基地 (the host select of an internship and its list filter).
 */
export function EmployerSelect({
  current,
  basesOnly = false,
  placeholder,
  value,
  onChange,
  'aria-invalid': invalid,
  ...select
}: EmployerSelectProps) {
  const [picked, setPicked] = useState<EmployerOption | null>(null);
  const texts = TEXTS[basesOnly ? 'bases' : 'any'];
  const bases = basesOnly ? { isInternshipBase: true } : {};
  const lookup = useLookup<'employers.list', EmployerOption>(
    'employers.list',
    SEARCH_DELAY_MS,
    (q) => ({ q, ...bases, pageSize: MATCH_SIZE }),
    (d) => d.items.map(toOption),
    texts,
  );
  const browse = (useRead('employers.list', employerBrowseInput(basesOnly)).data?.items ?? []).map(toOption);
  const listed = [picked, current, ...browse].find((o) => o != null && o.id === value) ?? null;
  const stored = useRead('employers.get', value && !listed ? { id: value } : null).data;
  const chosen = listed ?? (stored && stored.id === value ? toOption(stored) : null);
  return (
    <LookupSelect
      {...select}
      aria-invalid={invalid}
      status={invalid ? 'error' : undefined}
      value={value}
      chosen={chosen}
      placeholder={placeholder ?? texts.placeholder}
      lookup={{
        ...lookup,
        // Nothing typed: the chosen unit, then the first units by name.
        options: (c) =>
          lookup.typing ? lookup.options(c) : [...(c ? [c] : []), ...browse.filter((e) => e.id !== c?.id)],
      }}
      valueOf={(o) => o.id}
      labelOf={labelOf}
      onPick={(e, v) => {
        setPicked(e);
        onChange?.(v);
      }}
    />
  );
}
