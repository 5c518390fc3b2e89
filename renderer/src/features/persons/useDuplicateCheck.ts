import { useEffect, useState } from 'react';
import { useApi } from '../../api';

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
  const api = useApi();
  const [found, setFound] = useState<{ idNumber: string; person: ExistingPerson | null } | null>(null);

  useEffect(() => {
    if (!idNumber) return;
    let live = true;
    void Promise.all([
      api.invoke('persons.list', { q: idNumber, pageSize: 20 }),
      api.invoke('persons.list', { q: idNumber, deleted: true, pageSize: 20 }),
    ]).then(([live_, deleted]) => {
      if (!live) return;
      const a = live_.ok ? live_.data.items[0] : undefined;
      const d = deleted.ok ? deleted.data.items[0] : undefined;
      const person = a ? { id: a.id, name: a.name, deleted: false } : d ? { id: d.id, name: d.name, deleted: true } : null;
      setFound({ idNumber, person });
    });
    return () => {
      live = false;
    };
  }, [api, idNumber]);

  return idNumber && found?.idNumber === idNumber ? found.person : null;
}

/** The sentence shown when the clerk is taken to the person already registered under an ID. */
export const openedExistingMessage = (p: { name: string; deleted: boolean }) =>
  `该公民身份号码已登记为“${p.name}”${p.deleted ? '（已删除，可恢复）' : ''}，已为您打开该人员`;
