import { Route, Routes } from 'react-router';
import type { ContactEntry } from '../../components/contact-entry';
import { RecognitionWorklistsPage } from './RecognitionWorklistsPage';

/** #/recognitions/* — the work lists of the recognition workflow; `contactEntry`: 记录联系 on 待就业援助's rows. */
export function RecognitionsModule({ contactEntry }: { contactEntry?: ContactEntry }) {
  return (
    <Routes>
      <Route index element={<RecognitionWorklistsPage contactEntry={contactEntry} />} />
    </Routes>
  );
}
