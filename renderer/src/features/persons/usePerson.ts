import { useRead } from '../../api';

/** persons.get for the record page (never another person's data while the next one loads); `reload` after a change. */
export function usePerson(id: string) {
  const { data, failure, loading, reload } = useRead('persons.get', { id }, { keepPrevious: false });
  return { person: data, error: failure, loading, reload };
}
