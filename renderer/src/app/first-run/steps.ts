import type { ComponentType } from 'react';
import type { AppSettings } from '../../../../shared/contract/settings';

/** What the steps collect before it is saved (the office is saved with its county in one write). */
export interface WizardDraft {
  officeName: string;
}

export interface StepProps {
  settings: AppSettings;
  draft: WizardDraft;
  setDraft: (patch: Partial<WizardDraft>) => void;
  /** Puts settings a step saved into the session (the wizard stays open until its last step). */
  onSettings: (settings: AppSettings) => void;
  /** To the next step; from the last step this ends the wizard. */
  next: () => void;
  /** This is the last step (its submit button reads 完成). */
  last: boolean;
  /** To the previous step; absent on the first. */
  back?: () => void;
  /** The id of the step's form, for the wizard's footer buttons. */
  formId: string;
}

/** One step of the first-run wizard: its title in the step bar and its body. */
export interface WizardStep {
  key: string;
  title: string;
  Component: ComponentType<StepProps>;
}
