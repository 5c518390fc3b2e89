import { v7 } from 'uuid';

/** Primary keys are UUIDv7: time-ordered, safe to merge between offices (ARCHITECTURE §4). */
export const newId = (): string => v7();
