export { InternshipsModule } from './InternshipsModule';
export { PersonInternshipsTab } from './PersonInternshipsTab';
