export { RegistrationsModule } from './RegistrationsModule';
export { PersonRegistrationsTab } from './PersonRegistrationsTab';
export { RegistrationsNavBadge } from './RegistrationsNavBadge';
export { CancelAfterPlacement, type PlacedPerson } from './CancelAfterPlacement';
export { useRegistrationContact } from './useRegistrationContact';
