import { Input } from 'antd';
import {
  MEMBER_STATUS_CHOICES,
  MEMBER_STATUS_OTHER,
  MEMBER_STATUS_OTHER_LABEL,
  otherMemberNote,
  otherMemberStatus,
} from '../../../../shared/domain/member-status';
import { EntrySelect } from '../../components/EntrySelect';

/** The contract's 目前状况 limit (30) less the 其他： prefix. */
const NOTE_MAX = 27;

const CHOICES = MEMBER_STATUS_CHOICES.map((c) => ({
  value: c,
  label: c === MEMBER_STATUS_OTHER ? MEMBER_STATUS_OTHER_LABEL : c,
}));

interface Props {
  id: string;
  label: string;
  value: string | undefined;
  onChange(value: string): void;
  onBlur(): void;
}

/**
 * A household member's 目前状况 (DOMAIN §3.2): one of the choices the 零就业家庭 check can read; 其他 asks what. A stored
 * text that is not a choice (older rows) stays as it is, shown as 原填写, until the clerk picks a choice.
 */
export function MemberStatusField({ id, label, value, onChange, onBlur }: Props) {
  const text = value ?? '';
  const note = otherMemberNote(text);
  const legacy = text && note === null && !MEMBER_STATUS_CHOICES.includes(text) ? text : null;
  const options = legacy ? [...CHOICES, { value: legacy, label: `${legacy}（原填写）` }] : CHOICES;
  return (
    <>
      <EntrySelect
        id={id}
        aria-label={label}
        value={note !== null ? MEMBER_STATUS_OTHER : text || undefined}
        options={options}
        placeholder="请选择"
        popupMatchSelectWidth={false}
        onChange={(v: string) => onChange(v === MEMBER_STATUS_OTHER ? otherMemberStatus(note ?? '') : v)}
        onBlur={onBlur}
      />
      {note !== null && (
        <Input
          aria-label={`${label}（请注明）`}
          value={note}
          maxLength={NOTE_MAX}
          placeholder="请注明"
          style={{ marginTop: 4 }}
          onChange={(e) => onChange(otherMemberStatus(e.target.value))}
          onBlur={onBlur}
        />
      )}
    </>
  );
}
