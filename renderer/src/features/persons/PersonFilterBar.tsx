import { Button, Checkbox, Flex, Input, InputNumber, Space, Switch } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { EntrySelect } from '../../components/EntrySelect';
import type { ListParams } from './list-params';
import { EMPLOYMENT_STATUS_OPTIONS, ETHNICITY_OPTIONS, SEX_OPTIONS } from '../../components/person-options';
import { placesEmptyText, townshipOptions, type Places } from '../../components/usePlaces';
import { VillageSelect } from '../../components/TownshipSelect';

const SEARCH_DELAY_MS = 300;
const DELETED_ID = 'persons-show-deleted';

interface PersonFilterBarProps {
  params: ListParams;
  places: Places;
  /** Applies a filter change (the list goes back to page 1). */
  onChange: (patch: Partial<ListParams>) => void;
  onReset: () => void;
}

type Flag = 'isDifficult' | 'onPost' | 'inInternship';
const FLAGS: { key: Flag; label: string }[] = [
  { key: 'isDifficult', label: '就业困难人员' },
  { key: 'onPost', label: '公益性岗位在岗' },
  { key: 'inInternship', label: '见习中' },
];

/** 搜索 first, then the filters clerks use most; the search box waits for a pause in typing (~300 ms). */
export function PersonFilterBar({ params, places, onChange, onReset }: PersonFilterBarProps) {
  const [text, setText] = useState(params.q);
  const [pending, setPending] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  // The address changed under the box (重置, back, another tab): show its search, unless the clerk is typing.
  const [shownQ, setShownQ] = useState(params.q);
  if (params.q !== shownQ) {
    setShownQ(params.q);
    if (!pending && params.q.trim() !== text.trim()) setText(params.q);
  }

  const search = (q: string) => {
    clearTimeout(timer.current);
    setPending(false);
    onChange({ q });
  };
  const type = (q: string) => {
    setText(q);
    clearTimeout(timer.current);
    if (!q) return search(q);
    setPending(true);
    timer.current = setTimeout(() => search(q), SEARCH_DELAY_MS);
  };
  const reset = () => {
    clearTimeout(timer.current);
    setPending(false);
    setText('');
    onReset();
  };

  const select = (key: keyof ListParams, label: string, width: number) => ({
    'aria-label': label,
    placeholder: label,
    allowClear: true,
    style: { width },
    value: params[key] as string | undefined,
  });
  /** A code-list filter that sets only its own key. */
  const codes = (key: 'ethnicity' | 'sex' | 'employmentStatus', label: string, width: number) => ({
    ...select(key, label, width),
    onChange: (v: string | undefined) => onChange({ [key]: v }),
  });
  /** One end of the age range (whole years). */
  const age = (key: 'ageMin' | 'ageMax', label: string, placeholder: string) => ({
    'aria-label': label,
    placeholder,
    min: 0,
    max: 150,
    precision: 0,
    value: params[key] ?? null,
    onChange: (v: number | null) => onChange({ [key]: v ?? undefined }),
    style: { width: 64 },
  });

  return (
    <Flex vertical gap={8} style={{ marginBottom: 8 }} role="search" aria-label="查找人员">
      <Flex wrap gap={8} align="center">
        <Input.Search
          aria-label="搜索"
          placeholder="姓名、公民身份号码（全部或后4–6位）、电话"
          allowClear
          value={text}
          onChange={(e) => type(e.target.value)}
          onSearch={search}
          style={{ width: 400 }}
        />
        <EntrySelect
          {...select('townshipId', '乡镇(街道)', 150)}
          options={townshipOptions(places, params.townshipId)}
          notFoundContent={placesEmptyText(places, 'township')}
          onChange={(v: string | undefined) => onChange({ townshipId: v, villageId: undefined })}
        />
        <VillageSelect townshipId={params.townshipId} value={params.villageId} onChange={onChange} />
        <EntrySelect {...codes('ethnicity', '民族', 120)} options={ETHNICITY_OPTIONS} />
        <EntrySelect {...codes('sex', '性别', 84)} options={SEX_OPTIONS} />
      </Flex>
      <Flex wrap gap={8} align="center">
        <EntrySelect {...codes('employmentStatus', '就业状态', 200)} options={EMPLOYMENT_STATUS_OPTIONS} />
        <Space.Compact>
          <Space.Addon>年龄</Space.Addon>
          <InputNumber {...age('ageMin', '最小年龄', '从')} />
          <InputNumber {...age('ageMax', '最大年龄', '至')} />
        </Space.Compact>
        {FLAGS.map((f) => (
          <Checkbox key={f.key} checked={params[f.key]} onChange={(e) => onChange({ [f.key]: e.target.checked })}>
            {f.label}
          </Checkbox>
        ))}
        <Space size={6} style={{ marginInlineStart: 8 }}>
          <Switch id={DELETED_ID} size="small" checked={params.deleted} onChange={(deleted) => onChange({ deleted })} />
          <label htmlFor={DELETED_ID}>已删除</label>
        </Space>
        <Button onClick={reset} style={{ marginInlineStart: 8 }}>
          重置
        </Button>
      </Flex>
    </Flex>
  );
}
