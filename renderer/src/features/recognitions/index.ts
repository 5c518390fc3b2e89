export { RecognitionsModule } from './RecognitionsModule';
export { PersonRecognitionsTab } from './PersonRecognitionsTab';
export { RecognitionsNavBadge } from './RecognitionsNavBadge';
