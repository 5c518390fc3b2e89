export { TrainingModule } from './TrainingModule';
export { PersonTrainingTab } from './PersonTrainingTab';
