import type { ClassSummary } from '../../../../shared/contract/training';
import { isValidDate } from '../../../../shared/domain/dates';
import { useRead } from '../../api';
import { EntrySelect } from '../../components/EntrySelect';
import { nullableSelect, type NullableSelectProps } from '../../components/field-bindings';
import { controlField } from '../../components/fields';
import { useSession } from '../../components/session';

/** 家政服务员 · 2026-12-07开班 · 已报 3/30 人 · 鑫达职业培训学校: what a clerk tells the person on the phone, first. */
const classOptionLabel = (c: ClassSummary) =>
  `${c.occupation} · ${c.startDate}开班 · 已报 ${c.enrolled}/${c.capacity} 人 · ${c.providerName}`;

interface TrainingClassSelectProps extends NullableSelectProps {
  /** The day the person would join (the contact date; today while it is not a date). */
  on: string;
}

/**
 * The class a 职业培训推荐 names (BR-39): the classes still taking trainees on the day (training.classes.list
 * openOn, earliest start first). A class chosen before that no longer takes any (a contact corrected later) stays
 * shown by its own name.
 */
function TrainingClassSelect({ on, ...field }: TrainingClassSelectProps) {
  const { today } = useSession().info;
  const openOn = isValidDate(on.trim()) ? on.trim() : today;
  const open = useRead('training.classes.list', {
    openOn,
    pageSize: 100,
    sort: { field: 'startDate', order: 'asc' },
  });
  const items = open.data?.items ?? [];
  const chosen = field.value ?? null;
  const stored = useRead(
    'training.classes.get',
    chosen && open.data && !items.some((c) => c.id === chosen) ? { id: chosen } : null,
  );
  const classes = stored.data ? [...items, stored.data] : items;
  return (
    <EntrySelect
      {...nullableSelect(field)}
      allowClear
      loading={open.loading}
      options={classes.map((c) => ({ value: c.id, label: classOptionLabel(c) }))}
      placeholder={open.data && !items.length ? '目前没有可报名的培训班' : '选填，输入文字可查找'}
      notFoundContent="目前没有可报名的培训班"
      popupMatchSelectWidth={false}
    />
  );
}

/** A 推荐培训班 select in a form's class id field (null when none). */
export const TrainingClassField = controlField<{ on: string }>((f, { on }) => (
  <TrainingClassSelect
    id={f.id}
    ref={f.ref}
    value={f.value as string | null}
    onChange={f.onChange}
    onBlur={f.onBlur}
    aria-invalid={f['aria-invalid']}
    on={on ?? ''}
  />
));
