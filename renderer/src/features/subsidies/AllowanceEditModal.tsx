import { App } from 'antd';
import { useWatch } from 'react-hook-form';
import { allowanceSaveInput, type AllowanceRow } from '../../../../shared/contract/subsidies';
import { fenToFormYuan, fenToYuanText, formYuanToFen } from '../../../../shared/domain/money';
import { useWrite } from '../../api';
import { CheckboxField, FieldRow, NumberField, TextField } from '../../components/fields';
import { FormModal } from '../../components/FormModal';
import { formatMonth } from '../../components/format';
import { renameKeys } from '../../components/input-resolver';
import { useContractForm } from '../../components/useInputForm';

const FORM_ID = 'allowance-form';
const FIELDS = ['deduction', 'deductionReason', 'hostAllowanceVerified'] as const;
/** The contract's amount in fen is the form's 扣减金额 in yuan. */
const RENAMES = { deductionFen: 'deduction' };

interface Values {
  deduction: number | null;
  deductionReason: string;
  hostAllowanceVerified: boolean;
}

/**
 * One month of an intern's living allowance (DOMAIN §3.11; BR-27): 扣减金额 with its reason (an absent month, a host
 * that did not pay its share) and 单位已发放岗位补助 ticked once the host's own allowance was seen paid. The core
 * refuses a month on a reviewed roster or in a locked month; its message comes at the top of the form.
 */
export function AllowanceEditModal({ row, onClose }: { row: AllowanceRow; onClose: () => void }) {
  const save = useWrite('allowances.save', { invalidates: ['subsidies'] });
  const { message } = App.useApp();
  const toInput = (v: Values) => ({
    id: row.id,
    expectedUpdatedAt: row.updatedAt,
    deductionFen: formYuanToFen(v.deduction) ?? 0,
    deductionReason: v.deductionReason,
    hostAllowanceVerified: v.hostAllowanceVerified,
  });
  const { control, handleSubmit, getValues, bind, run, frame } = useContractForm<Values>(FORM_ID, FIELDS, {
    schema: allowanceSaveInput,
    toInput,
    key: row.id,
    renames: RENAMES,
    defaultValues: {
      deduction: row.deductionFen ? fenToFormYuan(row.deductionFen) : null,
      deductionReason: row.deductionReason ?? '',
      hostAllowanceVerified: row.hostAllowanceVerified,
    },
  });
  const deduction = formYuanToFen(useWatch({ control, name: 'deduction' })) ?? 0;
  const paid = Number.isFinite(deduction) ? row.dueFen - deduction : null;

  const submit = handleSubmit(async () => {
    const r = await run(
      () => save.write(toInput(getValues())),
      (e) => ({ ...e, fields: renameKeys(e.fields, RENAMES) }),
    );
    if (!r.ok) return;
    message.success(`已保存${row.personName}${formatMonth(row.month)}的见习补贴`);
    onClose();
  });

  return (
    <FormModal
      title={`见习补贴：${row.personName}（${formatMonth(row.month)}）`}
      intro={`${row.hostName} · ${row.position}，本月见习 ${row.days}/${row.calendarDays} 天，应发生活费补助 ${fenToYuanText(row.dueFen)} 元`}
      {...frame(submit, onClose)}
    >
      <FieldRow spans={[10, 14]}>
        <NumberField
          {...bind('deduction')}
          label="扣减金额(元)"
          min={0}
          precision={2}
          extra={paid !== null && paid >= 0 ? `实发 ${fenToYuanText(paid)} 元` : undefined}
          autoFocus
        />
        <TextField
          {...bind('deductionReason')}
          label="扣减原因"
          maxLength={100}
          placeholder="如：事假5天、单位未足额发放岗位补助"
        />
      </FieldRow>
      <CheckboxField {...bind('hostAllowanceVerified')} label="单位岗位补助">
        单位已发放本月岗位补助（已核实）
      </CheckboxField>
    </FormModal>
  );
}
