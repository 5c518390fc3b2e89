export { RegistrationsModule } from './RegistrationsModule';
export { PersonRegistrationsTab } from './PersonRegistrationsTab';
