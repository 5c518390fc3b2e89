import { Modal, Steps, Typography } from 'antd';
import { useState } from 'react';
import type { AppSettings } from '../../../../shared/contract/settings';
import { OnceInDocument } from '../../components/OnceInDocument';
import { CountyStep } from './CountyStep';
import { DivisionsStep } from './DivisionsStep';
import { OfficeNameStep } from './OfficeNameStep';
import type { WizardDraft, WizardStep } from './steps';

/**
 * The first-run set-up (issue 14), in order, after the administrator account was created on the first-start screen
 * (issue 19). Each step is a component with its own form; adding a step is a change to this list only.
 */
const FIRST_RUN_STEPS: readonly WizardStep[] = [
  { key: 'office', title: '单位名称', Component: OfficeNameStep },
  { key: 'county', title: '所在县(市、区)', Component: CountyStep },
  { key: 'divisions', title: '乡镇和村', Component: DivisionsStep },
];

interface Props {
  settings: AppSettings;
  /** Settings saved by a step (the session keeps them). */
  onSettings: (settings: AppSettings) => void;
  /** The last step is done. */
  onDone: () => void;
  steps?: readonly WizardStep[];
}

/** A new data folder: a short set-up before the app opens; values already saved are filled in again. */
export function FirstRunWizard({ settings, onSettings, onDone, steps = FIRST_RUN_STEPS }: Props) {
  const [current, setCurrent] = useState(0);
  const [draft, setDraftState] = useState<WizardDraft>({ officeName: settings.office?.name ?? '' });
  const step = steps[current];
  const { Component } = step;
  const next = () => (current === steps.length - 1 ? onDone() : setCurrent(current + 1));
  return (
    <Modal
      open
      title="首次使用：设置向导"
      width={720}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={null}
    >
      <Steps
        size="small"
        current={current}
        items={steps.map((s) => ({ title: s.title }))}
        style={{ margin: '8px 0 20px' }}
      />
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        第 {current + 1} 步，共 {steps.length} 步
      </Typography.Paragraph>
      {/* The step's fields once the modal is in the page: their autoFocus holds also without motion. */}
      <OnceInDocument>
        <Component
          key={step.key}
          settings={settings}
          draft={draft}
          setDraft={(patch) => setDraftState((d) => ({ ...d, ...patch }))}
          onSettings={onSettings}
          next={next}
          last={current === steps.length - 1}
          back={current > 0 ? () => setCurrent(current - 1) : undefined}
          formId={`first-run-${step.key}`}
        />
      </OnceInDocument>
    </Modal>
  );
}
