import type { RecognitionDetail } from '../../../../shared/contract/recognitions';
import type { PersonOption } from '../../components/PersonLookup';

/** What 认定申请 and 补录认定 get: the person when opened from their page (then fixed), the close and the saved. */
export interface RecognitionEntryProps {
  person?: PersonOption | null;
  onClose: () => void;
  onSaved: (r: RecognitionDetail) => void;
}

/** The person field of 认定申请 / 补录认定: fixed to the person of the page it was opened from, else typed first. */
export const entryPersonProps = (person: PersonOption | null | undefined) => ({
  initial: person ?? null,
  disabled: !!person,
  autoFocus: !person,
});
