// Options of the training code lists for selects (labels only, never codes, on screen).
import { CLASS_STATUSES, TRAINING_TYPES } from '../../../../shared/enums/training-codes';
import { formatFen } from '../../../../shared/domain/money';
import { codeOptions } from '../../components/code-options';

export const TYPE_OPTIONS = codeOptions(TRAINING_TYPES);
export const STATUS_OPTIONS = codeOptions(CLASS_STATUSES);
export const yuan = (fen: number) => `${formatFen(fen)} 元`;

/** A trainee's certificate: its kind, then its number once there is one. */
export const certText = (t: { certLabel: string; certNo: string | null }) =>
  t.certNo ? `${t.certLabel} ${t.certNo}` : t.certLabel;
