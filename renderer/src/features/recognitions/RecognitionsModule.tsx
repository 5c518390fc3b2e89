import { Route, Routes } from 'react-router';
import { RecognitionWorklistsPage } from './RecognitionWorklistsPage';

/** #/recognitions/* — the work lists of the recognition workflow. */
export function RecognitionsModule() {
  return (
    <Routes>
      <Route index element={<RecognitionWorklistsPage />} />
    </Routes>
  );
}
