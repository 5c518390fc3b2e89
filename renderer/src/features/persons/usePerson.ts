import { useCallback, useEffect, useState } from 'react';
import type { PersonDetail } from '../../../../shared/contract/persons';
import { useApi } from '../../api';

type Load = { key: string; person: PersonDetail | null; error: { code: string; message: string } | null };

/** persons.get for the record page; `reload` after an edit, delete or restore. */
export function usePerson(id: string) {
  const api = useApi();
  const [version, setVersion] = useState(0);
  const [load, setLoad] = useState<Load>({ key: '', person: null, error: null });
  const key = `${id}#${version}`;

  useEffect(() => {
    let live = true;
    void api.invoke('persons.get', { id }).then((r) => {
      if (!live) return;
      setLoad((prev) =>
        r.ok ? { key, person: r.data, error: null } : { key, person: prev.key.startsWith(`${id}#`) ? prev.person : null, error: r.error },
      );
    });
    return () => {
      live = false;
    };
  }, [api, id, key]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const current = load.key.startsWith(`${id}#`);
  return { person: current ? load.person : null, error: current ? load.error : null, loading: load.key !== key, reload };
}
