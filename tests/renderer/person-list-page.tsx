// The 人员 list page as the person screen tests render it: the list at /persons with its toolbar, and a probe at
// /persons/:id that shows which person page the list opened. The fake api knows the places; the list is empty
// unless `handlers` answer persons.list.
import { Route, Routes, useParams } from 'react-router';
import { PersonToolbar } from '../../renderer/src/app/PersonToolbar';
import { PersonListPage } from '../../renderer/src/features/persons/PersonListPage';
import { SETTINGS, createFakeApi, ok, type FakeHandlers } from './fake-api';
import { PLACES } from './person-fixtures';
import { renderWithApp } from './render';

function PersonProbe() {
  return <p>人员页 {useParams().id}</p>;
}

export function renderPersonListPage(handlers: FakeHandlers = {}, route = '/persons') {
  const fake = createFakeApi({
    'regions.list': () => ok({ items: PLACES }),
    'persons.list': () => ok({ items: [], total: 0 }),
    ...handlers,
  });
  renderWithApp(
    <Routes>
      <Route path="/persons" element={<PersonListPage Toolbar={PersonToolbar} />} />
      <Route path="/persons/:id" element={<PersonProbe />} />
    </Routes>,
    { api: fake.api, settings: SETTINGS, route },
  );
  return fake;
}
