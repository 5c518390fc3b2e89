import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { LeaveGuard } from '../components/LeaveGuard';

/**
 * The data router's route tree (a data router is what lets LeaveGuard hold a navigation back): one catch-all route
 * whose element is `page` under the leave guard; the pages themselves are matched below it by AppRoutes' <Routes>.
 */
export const appRoutes = (page: ReactNode): RouteObject[] => [{ path: '*', element: <LeaveGuard>{page}</LeaveGuard> }];
