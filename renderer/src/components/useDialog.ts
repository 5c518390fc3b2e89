import { useState } from 'react';

/**
 * A dialog opened on a value (the row it is about, or `true`): `open(v)` shows it with `value`, `close()` hides it
 * (取消), `done()` hides it and then runs `after` (the page reads again) once the dialog has saved.
 */
export function useDialog<T>(after: () => void) {
  const [value, setValue] = useState<T | null>(null);
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
