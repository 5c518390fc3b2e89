// Options of the training code lists for selects (labels only, never codes, on screen).
import { CLASS_STATUSES, TRAINING_TYPES } from '../../../../shared/enums/training-codes';
import { formatFen } from '../../../../shared/domain/money';

export const TYPE_OPTIONS = TRAINING_TYPES.map((t) => ({ value: t.code, label: t.label }));
export const STATUS_OPTIONS = CLASS_STATUSES.map((t) => ({ value: t.code, label: t.label }));
export const yuan = (fen: number) => `${formatFen(fen)} 元`;
