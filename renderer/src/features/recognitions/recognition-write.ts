import type { WriteOptions } from '../../api';
import type { PersonOption } from '../../components/PersonLookup';
import type { RecognitionDetail } from '../../../../shared/contract/recognitions';

/**
 * What a write of a recognition (applied, a step, back-filled, exited, deleted) changes besides the recognitions
 * domain: the recognition work lists and the person, whose page shows the recognition.
 */
export const RECOGNITION_WRITE: WriteOptions = { invalidates: ['recognitionWorklists', 'persons'] };

/** What 认定申请 and 补录认定 get: the person when opened from their page (then fixed), the close and the saved. */
export interface RecognitionEntryProps {
  person?: PersonOption | null;
  onClose: () => void;
  onSaved: (r: RecognitionDetail) => void;
}
