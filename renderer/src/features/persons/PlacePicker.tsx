import { Form, Space } from 'antd';
import { useState } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { EntrySelect } from '../../components/EntrySelect';
import { fieldId } from './form-bindings';
import type { PersonFormValues } from './person-form-values';
import { placesEmptyText, townshipOptions, villageOptions, type Places } from '../../components/usePlaces';

interface PlacePickerProps {
  name: 'residenceRegionId' | 'hukouRegionId';
  /** 常住地 / 户籍地 */
  label: string;
  required?: boolean;
  places: Places;
}

/**
 * A village from 设置 → 行政区划, as two searchable selects: 乡镇(街道) narrows the villages; a village typed
 * straight away (its township is named beside it) sets the township too. Only the village is stored.
 */
export function PlacePicker({ name, label, required, places }: PlacePickerProps) {
  const { control } = useFormContext<PersonFormValues>();
  const [town, setTown] = useState<string | null>(null);
  const townId = `${fieldId(name)}-township`;

  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const value = field.value as string | null;
        const shownTown = (value && places.byId.get(value)?.parentId) || town;
        const pickTown = (t: string | undefined) => {
          setTown(t ?? null);
          if (value && places.byId.get(value)?.parentId !== t) field.onChange(null);
        };
        return (
          <Form.Item
            label={label}
            htmlFor={townId}
            required={required}
            validateStatus={fieldState.error ? 'error' : undefined}
            help={fieldState.error?.message}
          >
            {/* The form label names the two selects together (each has its own name, which a screen reader says
                instead of the label): the group carries it, so the pair and what it shows are found by 常住地. */}
            <Space.Compact role="group" aria-label={label} style={{ width: '100%' }}>
              <EntrySelect
                id={townId}
                aria-label={`${label}乡镇(街道)`}
                placeholder="乡镇(街道)"
                value={shownTown ?? undefined}
                options={townshipOptions(places, shownTown)}
                onChange={pickTown}
                notFoundContent={placesEmptyText(places, 'township')}
                allowClear
                style={{ width: '42%' }}
              />
              <EntrySelect
                id={fieldId(name)}
                ref={field.ref}
                aria-label={`${label}村(社区)`}
                aria-invalid={fieldState.error ? true : undefined}
                placeholder="村(社区)，输入文字可查找"
                value={value ?? undefined}
                options={villageOptions(places, shownTown, value)}
                onChange={(v: string | undefined) => field.onChange(v ?? null)}
                onBlur={field.onBlur}
                allowClear
                style={{ width: '58%' }}
                notFoundContent={placesEmptyText(places, 'village', shownTown)}
              />
            </Space.Compact>
          </Form.Item>
        );
      }}
    />
  );
}
