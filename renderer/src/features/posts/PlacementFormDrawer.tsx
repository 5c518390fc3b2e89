import { Alert, App, Button, Col, Row, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useWatch, type Path } from 'react-hook-form';
import { placementCreateInput, type PlacementDetail } from '../../../../shared/contract/placements';
import type { PostDetail } from '../../../../shared/contract/posts';
import { useWrite } from '../../api';
import { useSession } from '../../components/session';
import type { PersonOption } from '../../components/PersonLookup';
import { PersonLookupField } from '../../components/PersonLookup';
import { RadioField } from '../../components/RadioField';
import { FormDrawer } from '../../components/FormDrawer';
import { renameKeys } from '../../components/input-resolver';
import {
  PLACEMENT_FIELDS,
  PLACEMENT_RENAMES,
  newPlacement,
  toPlacementInput,
  type PlacementValues,
} from './placement-form-values';
import { PlacementPreview } from './PlacementPreview';
import { BASIS_LIST_OPTIONS, basisCodeOptions } from './post-options';
import { usePlacementPreview } from './usePlacementPreview';
import { useRecognitionOn } from '../../components/useRecognitionOn';
import { CheckboxField, DateField, TextField } from '../../components/fields';
import { SelectField } from '../../components/SelectField';
import { useContractForm } from '../../components/useInputForm';
import { PLACEMENT_WRITE } from './write-options';

const FORM_ID = 'placement-form';

/** What the basis date is (BR-16): urban posts rest on a recognition, or on the household for 零就业家庭成员. */
const basisDateHint = (area: PostDetail['areaType'], byRecognition: boolean) =>
  byRecognition
    ? '认定日期'
    : area === 'urban'
      ? '认定日期；零就业家庭成员为核对家庭成员的日期'
      : '认定日期或登记该类别的日期';
type PlacementDate = 'basisDate' | 'startDate' | 'contractStart' | 'contractEnd';

export interface PlacementStart {
  person: PersonOption;
  basis: { list: 'E06' | 'E24'; code: string } | null;
}

interface Props {
  post: PostDetail;
  /** 补充人员: the suggested person and the basis their record supports. */
  start?: PlacementStart | null;
  onClose: () => void;
  /** `registered`: the person still has an active unemployment registration (the page offers to cancel it). */
  onSaved: (p: PlacementDetail, registered: boolean) => void;
}

/**
 * 安置人员 on a post: person, target basis, dates. On an urban post the basis is the person's recognition in force on
 * the basis date (offered by 按认定类别安置) or K04 零就业家庭成员 by the household (BR-16); on a rural post a category
 * the person record confirms. The core's dry run (placements.preview) is shown live beside the fields; a refusal on
 * saving appears under the field it names (a BR-16 refusal under 安置类别), else at the top naming the rule; where the
 * core allows an override (VR-15) it needs a reason.
 */
export function PlacementFormDrawer({ post, start, onClose, onSaved }: Props) {
  const createWrite = useWrite('placements.create', PLACEMENT_WRITE);
  const { message } = App.useApp();
  const { today } = useSession().info;
  const defaults = useMemo(
    () => ({ ...newPlacement(post.areaType, today, start?.basis), personId: start?.person.id ?? null }),
    [post.areaType, today, start],
  );
  const { control, handleSubmit, getValues, getFieldState, setValue, formState, bind, saving, formError, run } =
    useContractForm<PlacementValues>(FORM_ID, PLACEMENT_FIELDS, {
      schema: placementCreateInput,
      toInput: (v) => toPlacementInput(v, post.id),
      key: post.id,
      renames: PLACEMENT_RENAMES,
      defaultValues: defaults,
    });
  const [refusedOverridable, setRefusedOverridable] = useState(false);
  const values = useWatch({ control }) as PlacementValues;
  const input = toPlacementInput({ ...defaults, ...values }, post.id);
  const preview = usePlacementPreview(input);
  // An active recognition is offered as the basis (its primary category and date); the core then marks it 认定.
  const recognition = useRecognitionOn(values.personId, values.startDate);
  const byRecognition =
    !!recognition && values.basisList === 'E06' && recognition.categories.some((c) => c.code === values.basisCode);
  // Resting on the recognition, the basis date is the recognition's own 认定日期 (not today) until the clerk types one;
  // another person or basis takes the default again.
  const recognisedOn = byRecognition ? recognition.recognitionDate : null;
  useEffect(() => {
    if (getFieldState('basisDate').isDirty) return;
    setValue('basisDate', recognisedOn ?? defaults.basisDate);
  }, [recognisedOn, defaults.basisDate, getFieldState, setValue]);
  const takeRecognition = () => {
    if (!recognition) return;
    setValue('basisList', 'E06', { shouldDirty: true });
    setValue('basisCode', recognition.primaryCategory, { shouldDirty: true });
    if (recognition.recognitionDate) setValue('basisDate', recognition.recognitionDate, { shouldDirty: true });
  };
  const canOverride = refusedOverridable || !!preview.preview?.blocking?.overridable;

  const save = handleSubmit(async () => {
    const r = await run(
      () => createWrite.write(toPlacementInput(getValues(), post.id)),
      (e) => ({ ...e, fields: renameKeys(e.fields, PLACEMENT_RENAMES) }),
    );
    if (!r.ok) return setRefusedOverridable(r.error.details?.overridable === true);
    message.success(`已安置“${r.data.placement.personName}”到岗位“${post.title}”`);
    // The registration to cancel is offered by the page (one click), not left to a toast.
    const { registration, ...rest } = r.data.warnings;
    const notes = Object.values(rest);
    if (notes.length) message.warning(`请注意：${notes.join('；')}`);
    onSaved(r.data.placement, registration !== undefined);
  });

  const date = (name: PlacementDate, label: string, required?: boolean, extra?: string) => (
    <DateField
      {...bind(name)}
      label={label}
      required={required}
      extra={extra}
      placeholder={name === 'contractStart' ? '默认同上岗日期' : undefined}
    />
  );
  const text = (name: Path<PlacementValues>, label: string, max: number, extra?: string) => (
    <TextField {...bind(name)} label={label} extra={extra} maxLength={max} />
  );

  return (
    <FormDrawer
      title={`安置人员：${post.postCode} ${post.title}`}
      formId={FORM_ID}
      width={1000}
      dirty={formState.isDirty}
      saving={saving}
      // A refusal the live check beside the fields already states (核定人数已满 …) is not repeated at the top.
      formError={formError === preview.preview?.blocking?.message ? null : formError}
      onSubmit={() => void save()}
      onClose={onClose}
    >
      <Row gutter={20}>
        <Col span={14}>
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
            {post.employerName} · 核定 {post.approvedCount} 人，在岗 {post.onPost} 人，空岗 {post.vacancies} 个
          </Typography.Paragraph>
          <PersonLookupField
            {...bind('personId')}
            label="安置人员"
            required
            initial={start?.person ?? null}
            autoFocus={!start}
          />
          {recognition && !byRecognition && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={`该人员已认定为就业困难人员（${recognition.categories.map((c) => c.label).join('、')}，认定日期 ${recognition.recognitionDate ?? '不详'}）`}
              action={
                <Button size="small" type="primary" onClick={takeRecognition}>
                  按认定类别安置
                </Button>
              }
            />
          )}
          <Row gutter={12}>
            <Col span={12}>
              <RadioField
                {...bind('basisList')}
                label="安置依据类型"
                required
                options={BASIS_LIST_OPTIONS}
                style={{ whiteSpace: 'nowrap' }}
                onPick={() => setValue('basisCode', null)}
              />
            </Col>
            <Col span={12}>
              <SelectField
                {...bind('basisCode')}
                label="安置类别"
                required
                options={basisCodeOptions(values.basisList ?? defaults.basisList)}
                placeholder="输入文字可查找"
              />
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={8}>{date('basisDate', '安置依据日期', true, basisDateHint(post.areaType, byRecognition))}</Col>
            <Col span={8}>{date('startDate', '上岗日期', true)}</Col>
            <Col span={8}>
              {text(
                'accidentInsurance',
                '意外伤害保险保单号',
                60,
                post.areaType === 'rural' ? '乡村岗位应填写' : undefined,
              )}
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={8}>{date('contractStart', '合同(协议)开始日期')}</Col>
            <Col span={8}>{date('contractEnd', '合同(协议)截止日期', true)}</Col>
            <Col span={8}>{text('remark', '备注', 200)}</Col>
          </Row>
          {canOverride && (
            <Alert
              type="warning"
              style={{ marginBottom: 12 }}
              title={
                <>
                  <CheckboxField {...bind('overrideOn')} label="强制保存">
                    确需安置，强制保存（记入操作记录）
                  </CheckboxField>
                  {values.overrideOn && text('overrideReason', '强制保存原因', 200)}
                </>
              }
            />
          )}
        </Col>
        <Col span={10}>
          <PlacementPreview
            {...preview}
            basis={{
              list: values.basisList ?? defaults.basisList,
              code: values.basisCode ?? null,
              date: values.basisDate ?? '',
            }}
            recognised={byRecognition}
          />
        </Col>
      </Row>
    </FormDrawer>
  );
}
