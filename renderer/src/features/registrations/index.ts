export { RegistrationsModule } from './RegistrationsModule';
export { PersonRegistrationsTab } from './PersonRegistrationsTab';
export { RegistrationsNavBadge } from './RegistrationsNavBadge';
export { CancelAfterPlacement, type PlacedPerson } from './CancelAfterPlacement';
export { RegistrationContactEntry } from './RegistrationContactEntry';
