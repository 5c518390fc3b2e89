import type { PersonModuleTab, PersonTabProps } from '../components/person-tab';
import { PersonInternshipsTab } from '../features/internships';
import { PersonPostsTab } from '../features/posts';
import { PersonRecognitionsTab } from '../features/recognitions';
import { PersonRegistrationsTab } from '../features/registrations';
import { PersonTrainingTab } from '../features/training';
import { PersonSubsidyMonths } from '../features/subsidies';
import { PersonFlexSubsidiesTab } from '../features/flexible-subsidies';

/** 公益性岗位: the person's placements, then each month's subsidy amounts from the subsidies module. */
function PersonPostsAndSubsidiesTab(props: PersonTabProps) {
  return (
    <>
      <PersonPostsTab {...props} />
      <PersonSubsidyMonths personId={props.personId} />
    </>
  );
}

/** The modules' tabs on the person page, in order, between 基本信息 and 操作记录. */
export const PERSON_TABS: readonly PersonModuleTab[] = [
  { key: 'registrations', label: '失业登记与联系', Tab: PersonRegistrationsTab },
  { key: 'recognitions', label: '就业困难认定', Tab: PersonRecognitionsTab },
  { key: 'posts', label: '公益性岗位', Tab: PersonPostsAndSubsidiesTab },
  { key: 'internships', label: '就业见习', Tab: PersonInternshipsTab },
  { key: 'training', label: '培训', Tab: PersonTrainingTab },
  { key: 'flexible-subsidies', label: '灵活就业补贴', Tab: PersonFlexSubsidiesTab },
];
