import type { EmployerDetail } from '../../../../shared/contract/employers';
import type { InternshipEnded } from '../../../../shared/contract/internships';
import { CancelRegistrationOffer, type EmployedPerson } from '../../components/CancelRegistrationOffer';
import type { PersonOption } from '../../components/PersonLookup';
import { useDialog } from '../../components/useDialog';
import { useDeleteRestore, useEditRecord } from '../../components/list-page';
import { BaseMarkModal } from './BaseMarkModal';
import { EndInternshipModal, type EndTarget } from './EndInternshipModal';
import { INTERNSHIP_WRITE, InternshipFormDrawer } from './InternshipFormDrawer';
import type { InternRow } from './InternTable';

/**
 * 结束见习 from a list of internships: `end(row)` opens the dialog; `modal` goes in the page; `onEnded` after saving.
 * A retained intern whose unemployment registration is still active is then offered its cancellation (BR-08), as
 * after a placement.
 */
export function useEndInternship(onEnded: () => void) {
  const ending = useDialog<EndTarget>(onEnded);
  const offer = useDialog<EmployedPerson>(() => undefined);
  const saved = (d: InternshipEnded) => {
    ending.done();
    if (d.warnings.registration && d.retainedDate)
      offer.open({ personId: d.personId, personName: d.personName, startDate: d.retainedDate });
  };
  const modal = (
    <>
      {ending.value && <EndInternshipModal target={ending.value} onClose={ending.close} onSaved={saved} />}
      {offer.value && <CancelRegistrationOffer employed={offer.value} event="retention" onClose={offer.close} />}
    </>
  );
  return { end: ending.open, modal };
}

/** How 删除 and 恢复 name an internship: the person and the host (张三的见习（某单位）). */
const named = (r: InternRow) => ({ id: r.id, name: `${r.personName}的见习（${r.hostName}）` });

/**
 * 新增见习, 编辑, 结束见习, 删除 and 恢复 from a list of internships (the 见习人员 tab, a person's 就业见习 tab):
 * `create()` opens the form (with `person` chosen already when given), `edit(row)` reads the record and opens it
 * filled, `end(row)` the end dialog, `remove(row)` asks first (naming the person), `restore(row)` brings a deleted one
 * back; `modals` goes in the page; `onChanged` after any of them saves.
 */
export function useInternshipDialogs(onChanged: () => void, person?: PersonOption) {
  const creating = useDialog<true>(onChanged);
  const editing = useEditRecord('internships.get');
  const ending = useEndInternship(onChanged);
  const { remove, restore } = useDeleteRestore({
    noun: '见习记录',
    deleteChannel: 'internships.delete',
    restoreChannel: 'internships.restore',
    write: INTERNSHIP_WRITE,
    onDone: onChanged,
  });
  const modals = (
    <>
      {creating.value && <InternshipFormDrawer person={person} onClose={creating.close} onSaved={creating.done} />}
      {editing.editing?.detail && (
        <InternshipFormDrawer
          detail={editing.editing.detail}
          onClose={editing.close}
          onSaved={() => {
            editing.close();
            onChanged();
          }}
        />
      )}
      {ending.modal}
    </>
  );
  return {
    create: () => creating.open(true),
    edit: editing.edit,
    end: ending.end,
    remove: (r: InternRow) => remove(named(r)),
    restore: (r: InternRow) => restore(named(r)),
    modals,
  };
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
