import { useState } from 'react';
import { EndInternshipModal, type EndTarget } from './EndInternshipModal';

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
