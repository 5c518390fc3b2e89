import type { EmployerDetail } from '../../../../shared/contract/employers';
import type { PersonOption } from '../../components/PersonLookup';
import { useDialog } from '../../components/useDialog';
import { BaseMarkModal } from './BaseMarkModal';
import { EndInternshipModal, type EndTarget } from './EndInternshipModal';
import { InternshipFormDrawer } from './InternshipFormDrawer';

/** 结束见习 from a list of internships: `end(row)` opens the dialog; `modal` goes in the page; `onEnded` after saving. */
export function useEndInternship(onEnded: () => void) {
  const ending = useDialog<EndTarget>(onEnded);
  const modal = ending.value && (
    <EndInternshipModal target={ending.value} onClose={ending.close} onSaved={ending.done} />
  );
  return { end: ending.open, modal };
}

/**
 * 新增见习 and 结束见习 from a list of internships (the 见习人员 tab, a person's 就业见习 tab): `create()` opens the
 * form (with `person` chosen already when given), `end(row)` the end dialog; `modals` goes in the page; `onChanged`
 * after either saves.
 */
export function useInternshipDialogs(onChanged: () => void, person?: PersonOption) {
  const creating = useDialog<true>(onChanged);
  const ending = useEndInternship(onChanged);
  const modals = (
    <>
      {creating.value && <InternshipFormDrawer person={person} onClose={creating.close} onSaved={creating.done} />}
      {ending.modal}
    </>
  );
  return { create: () => creating.open(true), end: ending.end, modals };
}

/**
 * 见习基地 of a unit (mark it, renew or end its term) from the 见习基地 list and the 到期提醒: `mark(employer)` opens
 * the dialog; `modal` goes in the page; `onChanged` after saving.
 */
export function useBaseMark(onChanged: () => void) {
  const marking = useDialog<EmployerDetail>(onChanged);
  const modal = marking.value && (
    <BaseMarkModal employer={marking.value} onClose={marking.close} onSaved={marking.done} />
  );
  return { mark: marking.open, modal };
}
