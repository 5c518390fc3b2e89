import { App } from 'antd';
import { useState } from 'react';
import { useWatch, type Path } from 'react-hook-form';
import { enrolInput, type ClassDetail } from '../../../../shared/contract/training';
import { normaliseTypedDate } from '../../../../shared/domain/dates';
import { TRAINEE_CATEGORIES, type TraineeCategoryCode } from '../../../../shared/enums/training-codes';
import { useWrite } from '../../api';
import { FormModal } from '../../components/FormModal';
import { PersonLookupField } from '../../components/PersonLookup';
import { DateField, FieldRow, TextField } from '../../components/fields';
import { SelectField } from '../../components/SelectField';
import { useContractForm } from '../../components/useInputForm';
import { codeOptions } from '../../components/code-options';

interface EnrolValues {
  personId: string | null;
  category: TraineeCategoryCode | null;
  categoryNote: string;
  graduationDate: string;
  enrolDate: string;
}

const FIELDS = [
  'personId',
  'category',
  'categoryNote',
  'graduationDate',
  'enrolDate',
] as const satisfies readonly Path<EnrolValues>[];
const FORM_ID = 'enrol-form';
const CATEGORY_OPTIONS = codeOptions(TRAINEE_CATEGORIES);
/** 毕业年度高校毕业生, 应届初高中毕业生: the graduation date is asked. */
const GRADUATES: readonly string[] = ['06', '07'];

function toEnrolInput(classId: string, v: EnrolValues) {
  return {
    classId,
    personId: v.personId ?? '',
    category: v.category as TraineeCategoryCode,
    categoryNote: v.categoryNote.trim() || null,
    graduationDate: v.category && GRADUATES.includes(v.category) ? normaliseTypedDate(v.graduationDate) || null : null,
    enrolDate: normaliseTypedDate(v.enrolDate),
  };
}

/**
 * 学员报名 (DOMAIN §11.1, BR-33/BR-34): the person from the register by name or ID digits (keyboard: type, arrows,
 * Enter), the category the core checks against the register as of the class start. After each enrolment the form
 * stays open with the lookup cleared for the next trainee.
 */
export function EnrolModal({ detail, today, onClose }: { detail: ClassDetail; today: string; onClose: () => void }) {
  const enrol = useWrite('training.enrol');
  const { message } = App.useApp();
  const [done, setDone] = useState<string[]>([]);
  const { control, handleSubmit, getValues, reset, setFocus, bind, run, frame } = useContractForm<EnrolValues>(
    FORM_ID,
    FIELDS,
    {
      schema: enrolInput,
      toInput: (v) => toEnrolInput(detail.id, v),
      key: detail.id,
      defaultValues: {
        personId: null,
        category: null,
        categoryNote: '',
        graduationDate: '',
        enrolDate: today < detail.startDate ? today : detail.startDate,
      },
    },
  );
  const category = useWatch({ control, name: 'category' });
  const [lookupKey, setLookupKey] = useState(0);

  const save = handleSubmit(async () => {
    const v = getValues();
    const r = await run(() => enrol.write(toEnrolInput(detail.id, v)));
    if (!r.ok) return;
    const trainee = r.data.trainees.find((t) => t.personId === v.personId);
    const name = trainee?.personName ?? '';
    // BR-34: a post or an internship during the class is allowed, and said at once (the class table flags it too).
    if (trainee?.flag) message.warning(`已报名：${name}（${trainee.flag}）`);
    else message.success(`已报名：${name}`);
    setDone((d) => [...d, name]);
    reset({ ...v, personId: null, categoryNote: '', graduationDate: '' });
    setLookupKey((k) => k + 1);
    setTimeout(() => setFocus('personId'), 0);
  });

  return (
    <FormModal
      title={`学员报名：${detail.code} ${detail.occupation}`}
      okText="报名"
      {...frame(save, onClose)}
      intro={
        <>
          人员类别按开班日期 {detail.startDate} 与台账核对；已报名 {detail.enrolled}/{detail.capacity} 人
          {done.length ? `，本次已报名：${done.join('、')}` : ''}。
        </>
      }
    >
      <PersonLookupField key={lookupKey} {...bind('personId')} label="学员" required autoFocus />
      <FieldRow spans={[12, 12]}>
        <SelectField {...bind('category')} label="人员类别" required options={CATEGORY_OPTIONS} placeholder="请选择" />
        <DateField {...bind('enrolDate')} label="报名日期" required />
      </FieldRow>
      {category && GRADUATES.includes(category) && <DateField {...bind('graduationDate')} label="毕业时间" required />}
      <TextField
        {...bind('categoryNote')}
        label="类别说明"
        extra="台账中无法核对的类别（如农村转移就业劳动者、企业职工）须说明依据"
        maxLength={200}
      />
    </FormModal>
  );
}
