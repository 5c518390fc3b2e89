import { createContext, useContext } from 'react';

/**
 * A context the app always provides above its users (the session, the signed-in account): the context, and a hook
 * that reads it and throws `missing` when a component is rendered outside its provider (a programming error).
 */
export function requiredContext<T>(missing: string) {
  const Context = createContext<T | null>(null);
  const useRequired = (): T => {
    const value = useContext(Context);
    if (!value) throw new Error(missing);
    return value;
  };
  return [Context, useRequired] as const;
}
