import { Route, Routes } from 'react-router';
import { EmployerListPage } from './EmployerListPage';
import { PostListPage } from './PostListPage';
import { PostPage } from './PostPage';
import { PostWorklistsPage } from './PostWorklistsPage';

/** #/posts/* — 岗位 (list and post page), 用人单位, 工作清单. */
export function PostsModule() {
  return (
    <Routes>
      <Route index element={<PostListPage />} />
      <Route path="employers" element={<EmployerListPage />} />
      <Route path="worklists" element={<PostWorklistsPage />} />
      <Route path=":id" element={<PostPage />} />
    </Routes>
  );
}
