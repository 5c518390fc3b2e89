import { useReadMany } from '../../api';

export interface ExistingPerson {
  id: string;
  name: string;
  deleted: boolean;
}

/**
 * VR-03 while typing a new person: as soon as the ID is valid, is it registered already (deleted ones too)?
 * `idNumber` is the normalised valid ID, or null.
 */
export function useDuplicateCheck(idNumber: string | null): ExistingPerson | null {
  const { data } = useReadMany(
    'persons.list',
    idNumber
      ? [
          { q: idNumber, pageSize: 20 },
          { q: idNumber, deleted: true, pageSize: 20 },
        ]
      : null,
  );
  if (!idNumber || !data[0] || !data[1]) return null;
  const a = data[0].items[0];
  const d = data[1].items[0];
  return a ? { id: a.id, name: a.name, deleted: false } : d ? { id: d.id, name: d.name, deleted: true } : null;
}

/** The sentence shown when the clerk is taken to the person already registered under an ID. */
export const openedExistingMessage = (p: { name: string; deleted: boolean }) =>
  `该公民身份号码已登记为“${p.name}”${p.deleted ? '（已删除，可恢复）' : ''}，已为您打开该人员`;
