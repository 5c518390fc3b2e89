import type { WriteOptions } from '../api';

/**
 * What a write of an employer (created, changed, marked a 见习基地, deleted, restored) changes besides the employers
 * domain: the posts and the internships that show it. The post screens and the internship screens write employers.
 */
export const EMPLOYER_WRITE: WriteOptions = { invalidates: ['posts', 'internships'] };
