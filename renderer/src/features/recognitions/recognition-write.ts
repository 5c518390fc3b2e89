import type { WriteOptions } from '../../api';

/**
 * What a write of a recognition (applied, a step, back-filled, exited, deleted) changes besides the recognitions
 * domain: the recognition work lists and the person, whose page shows the recognition.
 */
export const RECOGNITION_WRITE: WriteOptions = { invalidates: ['recognitionWorklists', 'persons'] };
