import { useSearchParams } from 'react-router';

/** A list's 乡镇(街道) filter kept in the address (?township=…), as the 首页's reminders open it; undefined: the county. */
export function useTownshipParam(): [string | undefined, (id: string | undefined) => void] {
  const [sp, setSp] = useSearchParams();
  const set = (id: string | undefined) =>
    setSp(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (id) next.set('township', id);
        else next.delete('township');
        return next;
      },
      { replace: true },
    );
  return [sp.get('township') || undefined, set];
}
