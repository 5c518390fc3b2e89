import { App, Col, Row } from 'antd';
import { useWatch } from 'react-hook-form';
import { recognitionBackfillInput } from '../../../../shared/contract/recognitions';
import type { DifficultyCategoryCode } from '../../../../shared/enums/difficulty-categories';
import { useWrite } from '../../api';
import { DateField, TextField } from '../../components/fields';
import { FormModal } from '../../components/FormModal';
import { MultiCodeField } from '../../components/MultiCodeSelect';
import { PersonLookupField } from '../../components/PersonLookup';
import { useContractForm } from '../../components/useInputForm';
import { CATEGORY_OPTIONS, primaryCategoryOf } from './recognition-options';
import { PrimaryCategoryField } from './PrimaryCategoryField';
import { entryPersonProps, type RecognitionEntryProps } from './recognition-entry';
import { RECOGNITION_WRITE } from './recognition-write';

const FORM_ID = 'recognition-backfill-form';
const FIELDS = ['personId', 'categories', 'primaryCategory', 'recognitionDate', 'helper', 'remark'] as const;

interface Values {
  personId: string | null;
  categories: string[];
  primaryCategory: string | null;
  recognitionDate: string;
  helper: string;
  remark: string;
}

const toInput = (v: Values) => ({
  personId: v.personId ?? '',
  categories: v.categories as DifficultyCategoryCode[],
  primaryCategory: primaryCategoryOf(v.primaryCategory, v.categories),
  recognitionDate: v.recognitionDate || null,
  helper: v.helper,
  remark: v.remark,
});

/**
 * 补录认定 (BR-13 back-fill): a person recognised before the register, on paper, entered as 已认定 with what is known —
 * the categories, the recognition (county confirmation) date and the 帮扶责任人 — without the four steps
 * (recognitions.backfill, the channel the person import uses). The core refuses a person who already has an
 * application in progress or a recognition in force, a date after today and a date in a locked month; each refusal
 * shows under its field.
 */
export function BackfillModal({ person, onClose, onSaved }: RecognitionEntryProps) {
  const write = useWrite('recognitions.backfill', RECOGNITION_WRITE);
  const { message } = App.useApp();
  const { control, handleSubmit, getValues, bind, run, frame } = useContractForm<Values>(FORM_ID, FIELDS, {
    schema: recognitionBackfillInput,
    toInput,
    defaultValues: {
      personId: person?.id ?? null,
      categories: [],
      primaryCategory: null,
      recognitionDate: '',
      helper: '',
      remark: '',
    },
  });
  const cats = (useWatch({ control, name: 'categories' }) as string[] | undefined) ?? [];

  const save = handleSubmit(async () => {
    const r = await run(() => write.write(toInput(getValues())));
    if (!r.ok) return;
    message.success(`已补录“${r.data.personName}”的就业困难人员认定`);
    onSaved(r.data);
  });

  return (
    <FormModal
      title={person ? `补录认定：${person.name}` : '补录认定'}
      {...frame(save, onClose)}
      intro="登记系统启用前已认定的就业困难人员：保存后直接为“已认定”，办理环节记为“补录”。新的申请请用“新增认定申请”。"
    >
      <PersonLookupField {...bind('personId')} label="人员" required {...entryPersonProps(person)} />
      <MultiCodeField
        {...bind('categories')}
        label="认定类别"
        required
        options={CATEGORY_OPTIONS}
        placeholder="输入文字可查找，可选多个"
      />
      <Row gutter={12}>
        <Col span={12}>
          <PrimaryCategoryField {...bind('primaryCategory')} categories={cats} pick="选择" />
        </Col>
        <Col span={12}>
          <DateField {...bind('recognitionDate')} label="认定日期" extra="县级确认的日期；不详时可不填" />
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <TextField {...bind('helper')} label="帮扶责任人" maxLength={30} />
        </Col>
        <Col span={12}>
          <TextField {...bind('remark')} label="备注" maxLength={200} placeholder="如原认定文号" />
        </Col>
      </Row>
    </FormModal>
  );
}
