import { useState, type ReactNode } from 'react';
import type { RecognitionDetail } from '../../../../shared/contract/recognitions';
import type { ExitReasonCode, RecognitionStageCode } from '../../../../shared/enums/recognition-codes';
import { useCan } from '../../components/useCan';
import { ExitModal } from './ExitModal';
import { StepModal, type StepKind } from './StepModal';

/** What the dialogs need of a recognition, from a list row or a detail. */
interface RecognitionRef {
  id: string;
  personName: string;
  stage: RecognitionStageCode;
  noticeEnd: string | null;
  recognitionDate: string | null;
  exitHint?: string | null;
  suggestedExitReason?: ExitReasonCode | null;
}

type Open = { kind: StepKind; r: RecognitionRef; refuse: boolean } | { kind: 'exit'; r: RecognitionRef };

/** The step awaited at a stage (公示中 and 待乡镇审核 are both the township's). */
export const STEP_OF_STAGE: Partial<Record<RecognitionStageCode, { kind: StepKind; label: string }>> = {
  village: { kind: 'village', label: '初审' },
  notice: { kind: 'township', label: '乡镇审核' },
  township: { kind: 'township', label: '乡镇审核' },
  county: { kind: 'county', label: '县级确认' },
};

/**
 * The workflow dialogs of one screen: `step(r)` opens the step the recognition awaits, `refuse(r)` the same step with
 * 不予认定 chosen, `exit(r)` the exit; `dialogs` renders whichever is open.
 */
export function useRecognitionActions(onDone?: (r: RecognitionDetail) => void): {
  step: (r: RecognitionRef) => void;
  refuse: (r: RecognitionRef) => void;
  exit: (r: RecognitionRef) => void;
  /** Whether the signed-in role may make the step the recognition awaits (县级确认 is a reviewer's). */
  canStep: (r: RecognitionRef) => boolean;
  /** Whether it may apply, backfill or exit (data entry). */
  canEnter: boolean;
  dialogs: ReactNode;
} {
  const [open, setOpen] = useState<Open | null>(null);
  const canStepOf: Record<StepKind, boolean> = {
    village: useCan('recognitions.villageReview'),
    township: useCan('recognitions.townshipReview'),
    county: useCan('recognitions.countyConfirm'),
  };
  const canEnter = useCan('recognitions.apply');
  const close = () => setOpen(null);
  const done = (d: RecognitionDetail) => {
    setOpen(null);
    onDone?.(d);
  };
  const stepOf = (r: RecognitionRef, refuse: boolean) => {
    const s = STEP_OF_STAGE[r.stage];
    if (s) setOpen({ kind: s.kind, r, refuse });
  };
  let dialogs: ReactNode = null;
  if (open?.kind === 'exit') {
    dialogs = (
      <ExitModal
        recognition={open.r}
        hint={open.r.exitHint}
        reason={open.r.suggestedExitReason}
        onClose={close}
        onDone={done}
      />
    );
  } else if (open) {
    dialogs = <StepModal kind={open.kind} recognition={open.r} refuse={open.refuse} onClose={close} onDone={done} />;
  }
  return {
    step: (r) => stepOf(r, false),
    refuse: (r) => stepOf(r, true),
    exit: (r) => setOpen({ kind: 'exit', r }),
    canStep: (r) => {
      const s = STEP_OF_STAGE[r.stage];
      return !!s && canStepOf[s.kind];
    },
    canEnter,
    dialogs,
  };
}
