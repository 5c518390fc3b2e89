import { Alert, App } from 'antd';
import { useWatch } from 'react-hook-form';
import { placementUpdateInput, type PlacementDetail } from '../../../../shared/contract/placements';
import { useWrite } from '../../api';
import { DateField, TextField } from '../../components/fields';
import { FormModal } from '../../components/FormModal';
import { useContractForm } from '../../components/useInputForm';
import { ruralTermNote, useRuralTerm } from './rural-term';
import { PLACEMENT_WRITE } from './write-options';

const FORM_ID = 'placement-edit-form';
const FIELDS = ['contractStart', 'contractEnd', 'accidentInsurance', 'remark'] as const;

interface Values {
  contractStart: string;
  contractEnd: string;
  accidentInsurance: string;
  remark: string;
}

interface Props {
  placement: PlacementDetail;
  onClose: () => void;
  onSaved: (p: PlacementDetail) => void;
}

/**
 * 修改安置信息: corrects a placement's contract dates, its 意外伤害保险保单号 and its note (placements.update, with the
 * record's updatedAt). After a 续签 the term in force starts with that renewal, so its start is shown read-only and
 * only the end can be corrected (after the end the renewal replaced); a placement that has left keeps its dates and
 * only its policy number and note can be corrected. The core's refusals (CFG-14 term, the renewal history) appear
 * under their fields.
 */
export function PlacementEditModal({ placement: p, onClose, onSaved }: Props) {
  const updateWrite = useWrite('placements.update', PLACEMENT_WRITE);
  const { message } = App.useApp();
  // The latest 续签 (placementDetail.renewals is newest first): its start is the term in force.
  const renewal = p.renewals[0] ?? null;
  const left = p.leaveDate !== null;
  const toInput = (v: Values) => ({
    id: p.id,
    expectedUpdatedAt: p.updatedAt,
    contractStart: v.contractStart,
    contractEnd: v.contractEnd,
    accidentInsurance: v.accidentInsurance,
    remark: v.remark,
  });
  const { control, handleSubmit, getValues, bind, run, frame } = useContractForm<Values>(FORM_ID, FIELDS, {
    schema: placementUpdateInput,
    toInput,
    key: p.id,
    defaultValues: {
      contractStart: p.contractStart,
      contractEnd: p.contractEnd,
      accidentInsurance: p.accidentInsurance ?? '',
      remark: p.remark ?? '',
    },
  });

  // CFG-14 is judged on the term's start with the setting in force that day, as the core does.
  const rural = useRuralTerm(p.areaType, useWatch({ control, name: 'contractStart' }));
  const endNotes = left
    ? []
    : [
        renewal && `应晚于续签前的合同(协议)截止日期 ${renewal.previousEnd}`,
        rural.latest && rural.months !== null && ruralTermNote(rural.months, rural.latest),
      ].filter(Boolean);

  const save = handleSubmit(async () => {
    const r = await run(() => updateWrite.write(toInput(getValues())));
    if (!r.ok) return;
    message.success(`已保存${r.data.personName}的安置信息`);
    onSaved(r.data);
  });

  return (
    <FormModal title={`修改安置信息：${p.personName}（${p.postTitle}）`} {...frame(save, onClose)}>
      {left && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`已于 ${p.leaveDate} 离岗，合同(协议)日期不能再修改；保单号和备注仍可更正`}
        />
      )}
      <DateField
        {...bind('contractStart')}
        label="合同(协议)开始日期"
        required
        disabled={left || renewal !== null}
        extra={
          renewal && !left
            ? `现合同(协议)期自 ${renewal.renewedOn} 续签起算，开始日期为续签后的开始日期，不能修改`
            : undefined
        }
      />
      <DateField
        {...bind('contractEnd')}
        label="合同(协议)截止日期"
        required
        disabled={left}
        extra={endNotes.length ? endNotes.join('；') : undefined}
        autoFocus={!left}
      />
      <TextField
        {...bind('accidentInsurance')}
        label="意外伤害保险保单号"
        maxLength={60}
        extra={p.areaType === 'rural' && !p.accidentInsurance ? '乡村岗位应填写' : undefined}
        autoFocus={left}
      />
      <TextField {...bind('remark')} label="备注" maxLength={200} />
    </FormModal>
  );
}
