export { PersonFlexSubsidiesTab } from './PersonFlexSubsidiesTab';
