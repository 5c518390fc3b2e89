import { App, Col, Row, Typography } from 'antd';
import { useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import { reviewInput, villageReviewInput, type RecognitionDetail } from '../../../../shared/contract/recognitions';
import { addDays } from '../../../../shared/domain/working-days';
import { RECOGNITION_WRITE } from './recognition-write';
import { useWrite } from '../../api';
import { RadioField } from '../../components/RadioField';
import { FormModal } from '../../components/FormModal';
import { useSession } from '../../components/session';
import { useNoticeDays } from './useNoticeDays';
import { DateField, TextAreaField, TextField } from '../../components/fields';
import { useContractForm } from '../../components/useInputForm';

export type StepKind = 'village' | 'township' | 'county';

const STEP = {
  village: { title: '村(社区)初审', channel: 'recognitions.villageReview', done: '初审通过，已进入公示' },
  township: { title: '乡镇(街道)审核', channel: 'recognitions.townshipReview', done: '乡镇审核通过，待县级确认' },
  county: { title: '县级确认', channel: 'recognitions.countyConfirm', done: '已认定为就业困难人员' },
} as const;

const FIELDS = ['date', 'reviewer', 'opinion', 'decision', 'refuseReason', 'noticeStart', 'noticeEnd'] as const;

interface Values {
  date: string;
  reviewer: string;
  opinion: string;
  decision: 'pass' | 'refuse';
  refuseReason: string;
  noticeStart: string;
  noticeEnd: string;
}

interface Props {
  kind: StepKind;
  recognition: Pick<RecognitionDetail, 'id' | 'personName'> & { noticeEnd?: string | null };
  /** Open with 不予认定 chosen. */
  refuse?: boolean;
  onClose: () => void;
  onDone: (r: RecognitionDetail) => void;
}

/**
 * One step of the workflow (BR-13): date, reviewer and opinion; 通过 moves the application on (the village review
 * opens the notice period), 不予认定 closes it with the reason the applicant is told. The core refuses a step out of
 * order, a notice shorter than the setting, or a township review before the notice has ended.
 */
export function StepModal({ kind, recognition, refuse, onClose, onDone }: Props) {
  const step = STEP[kind];
  const write = useWrite(step.channel, RECOGNITION_WRITE);
  const { message } = App.useApp();
  const { account, info } = useSession();
  const today = info.today;
  const formId = `step-${kind}-form`;
  const toInput = (v: Values) => {
    const base = {
      id: recognition.id,
      date: v.date,
      reviewer: v.reviewer,
      opinion: v.opinion,
      decision: v.decision,
      refuseReason: v.refuseReason,
    };
    return kind === 'village' ? { ...base, noticeStart: v.noticeStart, noticeEnd: v.noticeEnd } : base;
  };
  const { control, handleSubmit, getValues, setValue, formState, bind, run, frame } = useContractForm<Values>(
    formId,
    FIELDS,
    {
      schema: kind === 'village' ? villageReviewInput : reviewInput,
      toInput,
      key: recognition.id,
      defaultValues: {
        date: today,
        reviewer: account.displayName,
        opinion: '',
        decision: refuse ? 'refuse' : 'pass',
        refuseReason: '',
        noticeStart: today,
        noticeEnd: today,
      },
    },
  );
  // The notice the village review opens: from its start for the days the setting in force then asks (CFG-12),
  // followed while the clerk has not typed an end date of their own.
  const noticeStart = useWatch({ control, name: 'noticeStart' });
  const noticeDays = useNoticeDays(/^\d{4}-\d{2}-\d{2}$/.test(noticeStart) ? noticeStart : null);
  const endTouched = formState.dirtyFields.noticeEnd === true;
  useEffect(() => {
    if (noticeDays !== null && !endTouched) setValue('noticeEnd', addDays(noticeStart, noticeDays - 1));
  }, [noticeDays, noticeStart, endTouched, setValue]);
  const decision = useWatch({ control, name: 'decision' });

  const save = handleSubmit(async () => {
    const r = await run(() => write.write(toInput(getValues()) as never));
    if (!r.ok) return;
    const d = r.data as RecognitionDetail;
    message.success(d.status === '04' ? `“${d.personName}”不予认定，已记录理由` : `“${d.personName}”${step.done}`);
    onDone(d);
  });

  const field = (name: 'date' | 'noticeStart' | 'noticeEnd', label: string, extra?: string) => (
    <DateField {...bind(name)} label={label} required extra={extra} />
  );

  return (
    <FormModal
      title={`${step.title}：${recognition.personName}`}
      {...frame(save, onClose)}
      okText={decision === 'refuse' ? '不予认定' : '保存'}
    >
      {kind === 'township' && recognition.noticeEnd && (
        <Typography.Paragraph type="secondary">
          公示于 {recognition.noticeEnd} 结束，审核日期须在公示期满之后。
        </Typography.Paragraph>
      )}
      <RadioField
        {...bind('decision')}
        label="审核结论"
        required
        options={[
          { value: 'pass', label: kind === 'county' ? '确认认定' : '通过' },
          { value: 'refuse', label: '不予认定' },
        ]}
      />
      <Row gutter={12}>
        <Col span={12}>{field('date', '审核日期')}</Col>
        <Col span={12}>
          <TextField {...bind('reviewer')} label="审核人" required maxLength={30} />
        </Col>
      </Row>
      {kind === 'village' && decision === 'pass' && (
        <Row gutter={12}>
          <Col span={12}>{field('noticeStart', '公示开始日期')}</Col>
          <Col span={12}>
            {field(
              'noticeEnd',
              '公示结束日期',
              noticeDays === null ? '公示期不少于规定天数' : `公示期不少于${noticeDays}天（含首尾两天）`,
            )}
          </Col>
        </Row>
      )}
      <TextField {...bind('opinion')} label="审核意见" maxLength={500} />
      {decision === 'refuse' && (
        <TextAreaField
          {...bind('refuseReason')}
          label="不予认定理由"
          required
          extra="将告知申请人"
          rows={2}
          maxLength={500}
        />
      )}
    </FormModal>
  );
}
