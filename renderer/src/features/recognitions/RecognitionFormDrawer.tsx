import { Alert, App, Col, Row } from 'antd';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { recognitionApplyInput } from '../../../../shared/contract/recognitions';
import { HOUSEHOLD_INCOME_LABEL } from '../../../../shared/domain/zero-employment-household';
import type { DifficultyCategoryCode } from '../../../../shared/enums/difficulty-categories';
import { useRead, useWrite } from '../../api';
import { FormDrawer } from '../../components/FormDrawer';
import { FormField } from '../../components/FormField';
import { PersonLookupField } from '../../components/PersonLookup';
import { RadioField } from '../../components/RadioField';
import { useSession } from '../../components/session';
import { useDebounced } from '../../components/useDebounced';
import { CategoryCheckList } from './CategoryCheckList';
import { primaryCategoryOf } from './recognition-options';
import { PrimaryCategoryField } from './PrimaryCategoryField';
import { entryPersonProps, type RecognitionEntryProps } from './recognition-entry';
import { RECOGNITION_WRITE } from './recognition-write';
import { CheckboxField, DateField, TextAreaField, TextField } from '../../components/fields';
import { useContractForm } from '../../components/useInputForm';

const FORM_ID = 'recognition-form';
const FIELDS = [
  'personId',
  'applyDate',
  'categories',
  'householdBusinessIncome',
  'primaryCategory',
  'helper',
  'plan',
  'remark',
] as const;
const INCOME_OPTIONS = [
  { label: '无', value: false },
  { label: '有', value: true },
];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Values {
  personId: string | null;
  applyDate: string;
  categories: string[];
  primaryCategory: string | null;
  /** K04 only: the household's business or investment income, 有 (true) / 无 (false); null until answered. */
  householdBusinessIncome: boolean | null;
  pledgeSigned: boolean;
  helper: string;
  plan: string;
  remark: string;
}

const toInput = (v: Values) => ({
  personId: v.personId ?? '',
  applyDate: v.applyDate,
  categories: v.categories as DifficultyCategoryCode[],
  primaryCategory: primaryCategoryOf(v.primaryCategory, v.categories),
  householdBusinessIncome: v.categories.includes('K04') ? v.householdBusinessIncome : null,
  pledgeSigned: v.pledgeSigned,
  helper: v.helper,
  plan: v.plan,
  remark: v.remark,
});

/**
 * 认定申请 (BR-10, BR-11, BR-12, BR-15): the person, the application date and the categories, each category checked
 * live against the person's records on that date (recognitions.check). Saving puts the application on 待初审.
 */
export function RecognitionFormDrawer({ person, onClose, onSaved }: RecognitionEntryProps) {
  const applyWrite = useWrite('recognitions.apply', RECOGNITION_WRITE);
  const { message } = App.useApp();
  const { today } = useSession().info;
  const { control, handleSubmit, getValues, bind, run, frame } = useContractForm<Values>(FORM_ID, FIELDS, {
    schema: recognitionApplyInput,
    toInput,
    defaultValues: {
      personId: person?.id ?? null,
      applyDate: today,
      categories: [],
      primaryCategory: null,
      householdBusinessIncome: null,
      pledgeSigned: true,
      helper: '',
      plan: '',
      remark: '',
    },
  });
  const values = useWatch({ control }) as Values;
  const cats = values.categories ?? [];
  const k04 = cats.includes('K04');
  // K04's live check judges the household income as answered so far (null: not yet).
  const income = k04 ? (values.householdBusinessIncome ?? null) : undefined;
  // Debounced as text: a new object each render would never settle.
  const checkKey = useDebounced(
    values.personId && DATE.test(values.applyDate ?? '') && cats.length
      ? JSON.stringify([values.personId, values.applyDate, cats, income])
      : '',
    200,
  );
  const checkInput = useMemo(() => {
    if (!checkKey) return null;
    const [personId, applyDate, categories, householdBusinessIncome] = JSON.parse(checkKey) as [
      string,
      string,
      DifficultyCategoryCode[],
      boolean | null | undefined,
    ];
    return { personId, applyDate, categories, householdBusinessIncome };
  }, [checkKey]);
  const check = useRead('recognitions.check', checkInput);
  const prerequisites = checkInput ? (check.data?.prerequisites ?? []) : [];

  const save = handleSubmit(async () => {
    const r = await run(() => applyWrite.write(toInput(getValues())));
    if (!r.ok) return;
    message.success(`已受理“${r.data.personName}”的认定申请，待村(社区)初审`);
    onSaved(r.data);
  });

  const text = (name: 'helper' | 'remark', label: string, max: number) => (
    <TextField {...bind(name)} label={label} maxLength={max} />
  );

  return (
    <FormDrawer
      title={person ? `认定申请：${person.name}` : '新增认定申请'}
      width={900}
      hint="保存后进入“待初审”，由村(社区)初审后公示；Ctrl+S 保存，Esc 关闭"
      {...frame(save, onClose)}
      notices={
        prerequisites.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title="申请条件核对"
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {prerequisites.map((p) => (
                  <li key={p.message}>{p.message}</li>
                ))}
              </ul>
            }
          />
        )
      }
    >
      <Row gutter={12}>
        <Col span={16}>
          <PersonLookupField {...bind('personId')} label="申请人" required {...entryPersonProps(person)} />
        </Col>
        <Col span={8}>
          <DateField
            {...bind('applyDate')}
            label="申请日期"
            required
            extra={check.data?.registration ? `失业登记日期 ${check.data.registration.regDate}` : undefined}
          />
        </Col>
      </Row>
      <FormField
        {...bind('categories')}
        label="认定类别"
        required
        render={(f) => (
          <CategoryCheckList
            id={f.id}
            value={f.value}
            onChange={f.onChange}
            checks={checkInput ? (check.data?.categories ?? null) : null}
            checking={check.loading}
            error={check.error}
            invalid={f['aria-invalid']}
          />
        )}
      />
      {k04 && (
        <RadioField
          {...bind('householdBusinessIncome')}
          label={HOUSEHOLD_INCOME_LABEL}
          required
          inline
          extra="须无个体经营、出租房屋或土地、存款利息、分红等收入，按申请人申报填写"
          options={INCOME_OPTIONS}
        />
      )}
      <Row gutter={12}>
        <Col span={10}>
          <PrimaryCategoryField {...bind('primaryCategory')} categories={cats} pick="勾选" />
        </Col>
        <Col span={7}>{text('helper', '帮扶责任人', 30)}</Col>
        <Col span={7}>
          <CheckboxField {...bind('pledgeSigned')} label="承诺书">
            已签署个人承诺书
          </CheckboxField>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={14}>
          <TextAreaField {...bind('plan')} label="帮扶措施" autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
        </Col>
        <Col span={10}>{text('remark', '备注', 200)}</Col>
      </Row>
    </FormDrawer>
  );
}
