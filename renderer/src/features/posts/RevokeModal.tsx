import { postRevokeInput, type PostDetail } from '../../../../shared/contract/posts';
import { useWrite } from '../../api';
import { useSession } from '../../components/session';
import { DateField, TextField } from '../../components/fields';
import { FormModal } from '../../components/FormModal';
import { useContractForm } from '../../components/useInputForm';
import { POST_WRITE } from './write-options';

const FORM_ID = 'revoke-form';
const FIELDS = ['revokedDate', 'reason'] as const;
type Values = { revokedDate: string; reason: string };

/** 撤销岗位 with a date and a reason; the core refuses while someone is still on the post (they leave first, L11). */
export function RevokeModal({
  post,
  onClose,
  onDone,
}: {
  post: PostDetail;
  onClose: () => void;
  onDone: (p: PostDetail) => void;
}) {
  const revokeWrite = useWrite('posts.revoke', POST_WRITE);
  const { today } = useSession().info;
  const { handleSubmit, getValues, bind, run, frame } = useContractForm<Values>(FORM_ID, FIELDS, {
    schema: postRevokeInput,
    toInput: (v) => ({ id: post.id, ...v }),
    key: post.id,
    defaultValues: { revokedDate: today, reason: '' },
  });
  const save = handleSubmit(async () => {
    const r = await run(() => revokeWrite.write({ id: post.id, ...getValues() }));
    if (r.ok) onDone(r.data);
  });
  return (
    <FormModal
      title={`撤销岗位：${post.postCode} ${post.title}`}
      {...frame(save, onClose)}
      okText="撤销岗位"
      intro="撤销后不能再安置人员；仍在岗的人员须先办理离岗（岗位撤销）。可随时恢复。"
    >
      <DateField {...bind('revokedDate')} label="撤销日期" required autoFocus />
      <TextField {...bind('reason')} label="撤销原因" required maxLength={200} />
    </FormModal>
  );
}
