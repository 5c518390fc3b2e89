import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { EmployerListPage } from './EmployerListPage';
import { PostListPage } from './PostListPage';
import { PostPage } from './PostPage';
import { PostWorklistsPage } from './PostWorklistsPage';

/** #/posts/* — 岗位 (list and post page), 用人单位, 工作清单, 补贴发放 (with one employer's attendance grid). */
interface Props {
  /** 补贴发放 and one employer's attendance grid: the subsidies module's pages, given by app/modules.tsx. */
  subsidies: ReactNode;
  attendanceGrid: ReactNode;
}

export function PostsModule({ subsidies, attendanceGrid }: Props) {
  return (
    <Routes>
      <Route index element={<PostListPage />} />
      <Route path="employers" element={<EmployerListPage />} />
      <Route path="worklists" element={<PostWorklistsPage />} />
      <Route path="subsidies" element={subsidies} />
      <Route path="subsidies/:month/:employerId" element={attendanceGrid} />
      <Route path=":id" element={<PostPage />} />
    </Routes>
  );
}
