import { Alert, App } from 'antd';
import type { InternshipDetail } from '../../../../shared/contract/internships';
import { useWrite } from '../../api';
import type { PersonOption } from '../../components/PersonLookup';
import { FormDrawer } from '../../components/FormDrawer';
import {
  FORM_FIELDS,
  fromDetail,
  internshipResolver,
  NEW_INTERNSHIP,
  toCreateInput,
  toFormError,
  toUpdateInput,
  type InternshipFormValues,
} from './internship-form-values';
import { FORM_ID, InternshipFormFields } from './InternshipFormFields';
import { useHostBases } from './useHostBases';
import { useInputForm } from '../../components/useInputForm';

interface Props {
  /** Opened from a person's page: that person is chosen already. */
  person?: PersonOption | null;
  /** 修改见习: the internship as read (its person cannot change); absent for 新增见习. */
  detail?: InternshipDetail | null;
  onClose: () => void;
  onSaved: (saved: InternshipDetail) => void;
}

/** What a save of an internship changes besides the internships: the work lists, the bases' counts, the person. */
export const INTERNSHIP_WRITE = { invalidates: ['internshipWorklists', 'employers', 'persons', 'allowances'] };

/**
 * 新增见习 / 修改见习 in a drawer: the core's schema checks as the clerk saves; the core's refusals (BR-25
 * eligibility, BR-26 duration, VR-14 host allowance, VR-13 overlap, a locked month, a stale record) show at the top
 * and under the field they concern.
 */
export function InternshipFormDrawer({ person, detail, onClose, onSaved }: Props) {
  const createWrite = useWrite('internships.create', INTERNSHIP_WRITE);
  const updateWrite = useWrite('internships.update', INTERNSHIP_WRITE);
  const chosen = detail
    ? { id: detail.personId, name: detail.personName, idNumberMasked: detail.idNumberMasked }
    : person;
  const { message } = App.useApp();
  const hosts = useHostBases();
  const { control, handleSubmit, getValues, setValue, run, frame } = useInputForm<InternshipFormValues>(
    FORM_ID,
    FORM_FIELDS,
    {
      resolver: internshipResolver,
      defaultValues: detail ? fromDetail(detail) : { ...NEW_INTERNSHIP, personId: person?.id ?? null },
      mode: 'onSubmit',
      reValidateMode: 'onChange',
    },
  );

  const save = handleSubmit(async () => {
    const r = await run(
      () =>
        detail ? updateWrite.write(toUpdateInput(getValues(), detail)) : createWrite.write(toCreateInput(getValues())),
      toFormError,
    );
    if (!r.ok) return;
    message.success(`${detail ? '已修改' : '已登记'}见习：${r.data.personName}（${r.data.hostName}）`);
    onSaved(r.data);
  });
  return (
    <FormDrawer
      title={detail ? '修改见习' : '新增见习'}
      width={760}
      {...frame(save, onClose)}
      notices={
        <>
          {hosts.error && (
            <Alert type="warning" showIcon title={`见习基地未能读取：${hosts.error}`} style={{ marginBottom: 16 }} />
          )}
          {hosts.none && (
            <Alert
              type="info"
              showIcon
              title="还没有见习基地。请先在“见习基地”中认定见习单位。"
              style={{ marginBottom: 16 }}
            />
          )}
        </>
      }
    >
      <InternshipFormFields
        control={control}
        getValues={getValues}
        setValue={setValue}
        host={detail ? { id: detail.hostId, name: detail.hostName } : null}
        person={chosen}
        personLocked={!!detail}
        agreementLocked={detail?.status === 'ended'}
      />
    </FormDrawer>
  );
}
