export { InternshipsModule } from './InternshipsModule';
export { PersonInternshipsTab } from './PersonInternshipsTab';
export { InternshipsNavBadge } from './InternshipsNavBadge';
