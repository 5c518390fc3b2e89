import { Alert, App, Descriptions } from 'antd';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { placementRenewInput } from '../../../../shared/contract/placement-renewals';
import type { PlacementDetail } from '../../../../shared/contract/placements';
import { useWrite } from '../../api';
import { DateField, TextField } from '../../components/fields';
import { FormModal } from '../../components/FormModal';
import { renameKeys } from '../../components/input-resolver';
import { announceSaved } from '../../components/save-messages';
import { useContractForm } from '../../components/useInputForm';
import { PLACEMENT_RENAMES } from './placement-form-values';
import { defaultRenewedEnd, pastSubsidyEnd, renewedStart, subsidyEndText, type RenewTarget } from './renew-target';
import { ruralTermNote, useRuralTerm } from './rural-term';
import { PLACEMENT_WRITE } from './write-options';

const FORM_ID = 'renew-form';
const FIELDS = ['contractEnd', 'overrideReason'] as const;

interface Values {
  contractEnd: string;
  overrideReason: string;
}

interface Props {
  placement: RenewTarget;
  onClose: () => void;
  onRenewed: (p: PlacementDetail) => void;
}

/** The year's 年度考核 as the clerk reads it before renewing (BR-23). */
function AssessmentNote({ year, result }: { year: number; result: RenewTarget['assessmentResult'] }) {
  if (result === 'pass') return <Alert type="success" showIcon title={`${year}年度考核合格`} />;
  if (result === 'fail') return <Alert type="warning" showIcon title={`${year}年度考核不合格，续签需说明理由`} />;
  return <Alert type="info" showIcon title={`${year}年度考核结果尚未录入`} />;
}

/**
 * 续签 of an open placement: the next term starts the day after the current contract end and ends on the date
 * entered (one year on by default; a rural post's term no longer than the county's CFG-14 months). When the deciding
 * year (BR-23, renewalAssessmentYear) was assessed 不合格 the renewal needs a 续签理由, kept with it and in the
 * 操作记录. The BR-18 subsidy end is shown, and said under the new end as soon as the term runs past it (the core warns
 * so too); the core's warnings are shown after saving.
 */
export function RenewModal({ placement: t, onClose, onRenewed }: Props) {
  const renewWrite = useWrite('placements.renew', PLACEMENT_WRITE);
  const { message } = App.useApp();
  const start = renewedStart(t);
  const { months: ruralMonths, latest } = useRuralTerm(t.areaType, start);
  // The core may still ask for a reason (an assessment recorded since the list was read).
  const [refusedOverridable, setRefusedOverridable] = useState(false);
  const needsReason = t.assessmentResult === 'fail' || refusedOverridable;
  const toInput = (v: Values) => ({
    id: t.id,
    expectedUpdatedAt: t.updatedAt,
    contractEnd: v.contractEnd,
    override: needsReason ? { reason: v.overrideReason } : null,
  });
  const { control, handleSubmit, getValues, getFieldState, resetField, bind, run, frame } = useContractForm<Values>(
    FORM_ID,
    FIELDS,
    {
      schema: placementRenewInput,
      toInput,
      key: `${t.id} ${needsReason}`,
      renames: PLACEMENT_RENAMES,
      defaultValues: { contractEnd: defaultRenewedEnd(t, ruralMonths), overrideReason: '' },
    },
  );
  // The county's CFG-14 arrives after the first render: the offered end follows it until the clerk changes it.
  useEffect(() => {
    if (!getFieldState('contractEnd').isDirty)
      resetField('contractEnd', { defaultValue: defaultRenewedEnd(t, ruralMonths) });
    // t is the modal's record, fixed while it is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ruralMonths]);

  const newEnd = useWatch({ control, name: 'contractEnd' });
  const subsidyEnd = subsidyEndText(t.subsidyEndMonth, t.extendedToRetirement);
  const endNotes = [
    latest && ruralMonths !== null && ruralTermNote(ruralMonths, latest),
    pastSubsidyEnd(t, newEnd ?? '') && `超过补贴期限（至 ${subsidyEnd}），之后不再发放岗位补贴`,
  ].filter(Boolean);

  const save = handleSubmit(async () => {
    const r = await run(
      () => renewWrite.write(toInput(getValues())),
      (e) => ({ ...e, fields: renameKeys(e.fields, PLACEMENT_RENAMES) }),
    );
    if (!r.ok) {
      if (r.error.details?.overridable === true) setRefusedOverridable(true);
      return;
    }
    const p = r.data.placement;
    announceSaved(
      message,
      `已续签：${p.personName}，合同(协议)期 ${p.contractStart} 至 ${p.contractEnd}`,
      r.data.warnings,
    );
    onRenewed(p);
  });

  return (
    <FormModal title={`续签：${t.personName}（${t.postTitle}）`} {...frame(save, onClose)} okText="续签">
      <Descriptions
        size="small"
        column={1}
        bordered
        styles={{ label: { width: 150, whiteSpace: 'nowrap' } }}
        style={{ marginBottom: 12 }}
        items={[
          { key: 'now', label: '现合同(协议)期', children: `${t.contractStart} 至 ${t.contractEnd}` },
          { key: 'start', label: '续签后开始日期', children: start },
          { key: 'subsidy', label: '补贴截止年月', children: subsidyEnd },
        ]}
      />
      <div style={{ marginBottom: 16 }}>
        <AssessmentNote year={t.assessmentYear} result={t.assessmentResult} />
      </div>
      <DateField
        {...bind('contractEnd')}
        label="续签后合同(协议)截止日期"
        required
        extra={endNotes.length ? endNotes.join('；') : undefined}
        autoFocus
      />
      {needsReason && (
        <TextField
          {...bind('overrideReason')}
          label="续签理由"
          required
          maxLength={200}
          extra={`${t.assessmentYear}年度考核不合格，续签需说明理由（记入操作记录）`}
        />
      )}
    </FormModal>
  );
}
