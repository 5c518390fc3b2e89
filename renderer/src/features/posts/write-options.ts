import type { WriteOptions } from '../../api';

// What a write of each kind on the post screens changes besides its own domain: the reads useWrite refreshes after
// it. One list per kind of record, so every write of that kind refreshes the same screens.

/** A post created, changed, revoked or reinstated: the post work lists and the placements on it. */
export const POST_WRITE: WriteOptions = { invalidates: ['postWorklists', 'placements'] };

/** A placement made, ended or its vacancy reported: the post's numbers, the person, the work lists, the employer. */
export const PLACEMENT_WRITE: WriteOptions = { invalidates: ['posts', 'persons', 'postWorklists', 'employers'] };
