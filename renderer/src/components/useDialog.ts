import { useState } from 'react';

/**
 * A dialog opened on a value (the row it is about, or `true`): `open(v)` shows it with `value`, `close()` hides it
 * (取消), `done()` hides it and then runs `after` (the page reads again) once the dialog has saved. `initial` opens one
 * at once (a dialog the address asks for).
 */
export function useDialog<T>(after: () => void, initial: () => T | null = () => null) {
  const [value, setValue] = useState<T | null>(initial);
  return {
    value,
    open: (v: T) => setValue(v),
    close: () => setValue(null),
    done: () => {
      setValue(null);
      after();
    },
  };
}
