export { TrainingModule } from './TrainingModule';
export { TrainingNavBadge } from './TrainingNavBadge';
export { PersonTrainingTab } from './PersonTrainingTab';
