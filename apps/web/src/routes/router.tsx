// The route table. Pages are loaded on demand so the first screen stays small.
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { FullPageSpin, RequireAuth } from '../auth/require-auth';
import { AppLayout } from '../layout/app-layout';
import { RouteErrorPage } from '../pages/error-page';
import { NotFoundPage } from '../pages/not-found-page';
import { ALL_ROLE_ROUTES } from './role-routes';

const rolePages: RouteObject[] = ALL_ROLE_ROUTES.map((route) => ({
  path: route.path,
  lazy: async () => {
    const { ComingSoonPage } = await import('../pages/coming-soon-page');
    return { element: <ComingSoonPage route={route} /> };
  },
}));

export const routes: RouteObject[] = [
  {
    path: '/login',
    errorElement: <RouteErrorPage />,
    HydrateFallback: FullPageSpin,
    lazy: async () => ({ Component: (await import('../pages/login-page')).LoginPage }),
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    errorElement: <RouteErrorPage />,
    HydrateFallback: FullPageSpin,
    children: [
      {
        // A page that fails shows the error inside the frame, with the menu still there.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('../pages/home-page')).HomePage }) },
          ...rolePages,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
