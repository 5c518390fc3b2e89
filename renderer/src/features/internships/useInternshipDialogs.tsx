import { useState } from 'react';
import type { PersonOption } from '../../components/PersonLookup';
import { EndInternshipModal, type EndTarget } from './EndInternshipModal';
import { InternshipFormDrawer } from './InternshipFormDrawer';

/** 结束见习 from a list of internships: `end(row)` opens the dialog; `modal` goes in the page; `onEnded` after saving. */
export function useEndInternship(onEnded: () => void) {
  const [ending, setEnding] = useState<EndTarget | null>(null);
  const modal = ending && (
    <EndInternshipModal
      target={ending}
      onClose={() => setEnding(null)}
      onSaved={() => {
        setEnding(null);
        onEnded();
      }}
    />
  );
  return { end: setEnding, modal };
}

/**
 * 新增见习 and 结束见习 from a list of internships (the 见习人员 tab, a person's 就业见习 tab): `create()` opens the
 * form (with `person` chosen already when given), `end(row)` the end dialog; `modals` goes in the page; `onChanged`
 * after either saves.
 */
export function useInternshipDialogs(onChanged: () => void, person?: PersonOption) {
  const [creating, setCreating] = useState(false);
  const ending = useEndInternship(onChanged);
  const modals = (
    <>
      {creating && (
        <InternshipFormDrawer
          person={person}
          onClose={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            onChanged();
          }}
        />
      )}
      {ending.modal}
    </>
  );
  return { create: () => setCreating(true), end: ending.end, modals };
}
