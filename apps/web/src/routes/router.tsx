// The route table. Pages are loaded on demand so the first screen stays small; each page names the roles
// that may open it (role-routes.tsx), and a role that may not sees 无权访问.
import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { FullPageSpin, RequireAuth } from '../auth/require-auth';
import { AppLayout } from '../layout/app-layout';
import { RouteErrorPage } from '../pages/error-page';
import { NotFoundPage } from '../pages/not-found-page';
import { RequireRole } from './require-role';
import { ALL_ROLE_ROUTES, rolesOf } from './role-routes';

/** Pages that are built, by path; the other menu entries show 该功能即将上线. */
const PAGES: Record<string, () => Promise<ComponentType>> = {
  '/demands': async () => (await import('../pages/demands/my-demands-page')).MyDemandsPage,
  '/demands/new': async () => (await import('../pages/demands/demand-form/demand-form-page')).NewDemandPage,
  '/demands/:id': async () => (await import('../pages/demands/demand-detail-page')).DemandDetailPage,
  '/demands/:id/edit': async () =>
    (await import('../pages/demands/demand-form/demand-form-page')).EditDemandPage,
  '/review': async () => (await import('../pages/review/review-inbox/review-inbox-page')).ReviewInboxPage,
  '/review/new': async () =>
    (await import('../pages/demands/demand-form/demand-form-page')).NewDemandOnBehalfPage,
  '/statistics': async () => (await import('../pages/review/region-statistics-page')).RegionStatisticsPage,
  '/dashboard': async () => (await import('../pages/dashboard/dashboard-page')).DashboardPage,
  '/experts': async () => (await import('../pages/experts/expert-library-page')).ExpertLibraryPage,
  '/dispatch': async () => (await import('../pages/dispatch/dispatch-queue-page')).DispatchQueuePage,
  '/dispatch/:id': async () => (await import('../pages/dispatch/dispatch-demand-page')).DispatchDemandPage,
  '/teams': async () => (await import('../pages/dispatch/teams-page')).TeamsPage,
  '/recommended': async () => (await import('../pages/expert/recommended-page')).RecommendedPage,
  '/invitations': async () => (await import('../pages/expert/invitations-page')).InvitationsPage,
  '/services': async () => (await import('../pages/expert/services-page')).ServicesPage,
  '/notifications': async () => (await import('../pages/notifications-page')).NotificationsPage,
  '/teams/:id': async () => (await import('../pages/service/team-detail-page')).TeamDetailPage,
  '/teams/:id/batches/new': async () =>
    (await import('../pages/service/batch-form/batch-form-page')).NewBatchPage,
  '/teams/:id/batches/:batchId/correct': async () =>
    (await import('../pages/service/batch-form/batch-form-page')).CorrectBatchPage,
  '/service-record': async () => (await import('../pages/service/service-record-page')).MyServiceRecordPage,
  '/experts/:id/record': async () =>
    (await import('../pages/service/service-record-page')).ExpertServiceRecordPage,
  '/certificates/:code': async () => (await import('../pages/service/certificate-page')).CertificatePage,
  '/reports': async () => (await import('../pages/service/reports-page')).ReportsPage,
  '/admin/lexicon': async () => (await import('../pages/admin/lexicon-page')).LexiconPage,
  '/admin/accounts': async () => (await import('../pages/admin/accounts/accounts-page')).AccountsPage,
  '/admin/organizations': async () => (await import('../pages/admin/organizations-page')).OrganizationsPage,
  '/admin/regions': async () => (await import('../pages/admin/regions-page')).RegionsPage,
  '/admin/audit': async () => (await import('../pages/admin/audit-page')).AuditPage,
  '/admin/calendar': async () => (await import('../pages/admin/calendar-page')).CalendarPage,
  '/registrations': async () => (await import('../pages/onboarding/registrations-page')).RegistrationsPage,
  '/admin/delivery-failures': async () =>
    (await import('../pages/admin/delivery-failures-page')).DeliveryFailuresPage,
  '/settings/notifications': async () =>
    (await import('../pages/notification-preferences-page')).NotificationPreferencesPage,
  '/programme/calls': async () => (await import('../pages/programme/calls-page')).ProgrammeCallsPage,
  '/programme/applications': async () =>
    (await import('../pages/programme/applications-page')).ProgrammeApplicationsPage,
  '/programme/applications/new': async () =>
    (await import('../pages/programme/application-form-page')).ApplicationFormPage,
  '/programme/applications/:id': async () =>
    (await import('../pages/programme/application-form-page')).ApplicationFormPage,
  '/programme/applications/:id/print': async () =>
    (await import('../pages/programme/application-print-page')).ApplicationPrintPage,
  '/programme/recommend': async () => (await import('../pages/programme/recommend-page')).RecommendPage,
  '/programme/selection': async () => (await import('../pages/programme/selection-page')).SelectionPage,
  '/programme/bases': async () => (await import('../pages/programme/bases-page')).BasesPage,
  '/programme/menu': async () => (await import('../pages/programme/menu-page')).MenuPage,
  '/programme/offers': async () => (await import('../pages/programme/offers-page')).OffersPage,
  '/programme/year-end': async () => (await import('../pages/programme/year-end-page')).YearEndPage,
  '/programme/bases/:id': async () => (await import('../pages/programme/base-detail-page')).BaseDetailPage,
};

function guarded(path: string, load: () => Promise<ComponentType>): RouteObject {
  const roles = rolesOf(path);
  return {
    path,
    lazy: async () => {
      const Page = await load();
      return {
        element: (
          <RequireRole roles={roles}>
            <Page />
          </RequireRole>
        ),
      };
    },
  };
}

const builtPages: RouteObject[] = Object.entries(PAGES).map(([path, load]) => guarded(path, load));

const comingSoonPages: RouteObject[] = ALL_ROLE_ROUTES.filter((route) => !(route.path in PAGES)).map(
  (route) => ({
    path: route.path,
    lazy: async () => {
      const { ComingSoonPage } = await import('../pages/coming-soon-page');
      return { element: <ComingSoonPage route={route} /> };
    },
  }),
);

export const routes: RouteObject[] = [
  {
    path: '/login',
    errorElement: <RouteErrorPage />,
    HydrateFallback: FullPageSpin,
    lazy: async () => ({ Component: (await import('../pages/login-page')).LoginPage }),
  },
  // Public: units register themselves, experts claim their accounts.
  {
    path: '/register',
    errorElement: <RouteErrorPage />,
    HydrateFallback: FullPageSpin,
    lazy: async () => ({ Component: (await import('../pages/public/register-page')).RegisterPage }),
  },
  {
    path: '/claim',
    errorElement: <RouteErrorPage />,
    HydrateFallback: FullPageSpin,
    lazy: async () => ({ Component: (await import('../pages/public/claim-page')).ClaimPage }),
  },
  // Public: anyone holding a certificate's code may check it, signed in or not.
  {
    path: '/verify/:code?',
    errorElement: <RouteErrorPage />,
    HydrateFallback: FullPageSpin,
    lazy: async () => ({ Component: (await import('../pages/public/verify-page')).VerifyPage }),
  },
  // Public: the year's published lists of projects.
  {
    path: '/lists/:year?',
    errorElement: <RouteErrorPage />,
    HydrateFallback: FullPageSpin,
    lazy: async () => ({
      Component: (await import('../pages/programme/published-lists-page')).PublishedListsPage,
    }),
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
          {
            index: true,
            lazy: async () => ({ Component: (await import('../pages/home/home-page')).HomePage }),
          },
          ...builtPages,
          ...comingSoonPages,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
