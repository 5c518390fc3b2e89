export { RegistrationsModule } from './RegistrationsModule';
export { PersonRegistrationsTab } from './PersonRegistrationsTab';
export { RegistrationsNavBadge } from './RegistrationsNavBadge';
export { RegistrationContactEntry } from './RegistrationContactEntry';
