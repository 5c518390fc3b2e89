import type { PersonModuleTab } from '../components/person-tab';
import { PersonInternshipsTab } from '../features/internships';
import { PersonPostsTab } from '../features/posts';
import { PersonRecognitionsTab } from '../features/recognitions';
import { PersonRegistrationsTab } from '../features/registrations';
import { PersonTrainingTab } from '../features/training';

/** The modules' tabs on the person page, in order, between 基本信息 and 操作记录. */
export const PERSON_TABS: readonly PersonModuleTab[] = [
  { key: 'registrations', label: '失业登记与联系', Tab: PersonRegistrationsTab },
  { key: 'recognitions', label: '就业困难认定', Tab: PersonRecognitionsTab },
  { key: 'posts', label: '公益性岗位', Tab: PersonPostsTab },
  { key: 'internships', label: '就业见习', Tab: PersonInternshipsTab },
  { key: 'training', label: '培训', Tab: PersonTrainingTab },
];
