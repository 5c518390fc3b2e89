import { Route, Routes } from 'react-router';
import { EmployerListPage } from './EmployerListPage';
import { PostListPage } from './PostListPage';
import { PostPage } from './PostPage';
import { PostWorklistsPage } from './PostWorklistsPage';
import { AttendanceGridPage, SubsidiesPage } from '../subsidies';

/** #/posts/* — 岗位 (list and post page), 用人单位, 工作清单, 补贴发放 (with one employer's attendance grid). */
export function PostsModule() {
  return (
    <Routes>
      <Route index element={<PostListPage />} />
      <Route path="employers" element={<EmployerListPage />} />
      <Route path="worklists" element={<PostWorklistsPage />} />
      <Route path="subsidies" element={<SubsidiesPage />} />
      <Route path="subsidies/:month/:employerId" element={<AttendanceGridPage />} />
      <Route path=":id" element={<PostPage />} />
    </Routes>
  );
}
