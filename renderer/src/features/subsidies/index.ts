export { AllowancesTab } from './AllowancesTab';
export { AttendanceGridPage } from './AttendanceGridPage';
export { PersonSubsidyMonths } from './PersonSubsidyMonths';
export { SubsidiesPage } from './SubsidiesPage';
export { TrainingRosterTab } from './TrainingRosterTab';
