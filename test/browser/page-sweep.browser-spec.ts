// Every page of every role at 1280 and 375 px (issue #13.9): each menu page (ROLE_ROUTES) and each page outside the
// menu (EXTRA_ROUTES, with an id from the demo data) is opened signed in as that role, screenshotted under
// test-results/screens/ and checked for horizontal overflow (the document's scrolling element no wider than the
// viewport, 1 px of rounding allowed). The test lists every page that overflows, with its width. The demo holds its
// programme year (calls, applications, a team with its menu and year report, a base), so those pages show data, and
// the team's host unit (`host`) is swept besides the ordinary unit.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { DESKTOP, PHONE, scrollingOverflow, useBrowserSuite, type Role } from './support.js';

const suite = useBrowserSuite({ demoProgramme: true });

// The web app's route table (ROLE_ROUTES through menuFor, and EXTRA_ROUTES), loaded by Vite at run time: the
// server-side TypeScript project does not compile the web app's JSX.
interface RouteTable {
  menuFor(role: Role): { path: string }[];
  EXTRA_ROUTES: { path: string; roles: Role[] }[];
}
const ROUTE_TABLE = '../../apps/web/src/routes/role-routes.tsx';
const routes = () => import(/* @vite-ignore */ ROUTE_TABLE) as Promise<RouteTable>;

const SCREENS = path.resolve('test-results/screens');
const ROLES: { role: Role; username: string }[] = [
  { role: 'UNIT', username: 'unit' },
  { role: 'UNIT', username: 'host' },
  { role: 'LOCAL', username: 'local' },
  { role: 'PROVINCE', username: 'province' },
  { role: 'EXPERT', username: 'expert' },
  { role: 'ADMIN', username: 'admin' },
];
const VIEWPORTS: { name: string; options: BrowserContextOptions }[] = [
  { name: '1280', options: DESKTOP },
  { name: '375', options: PHONE },
];

type Ids = Record<string, string | undefined>;

/** Ids from the demo data for the role's detail pages (what the role can see). */
async function demoIds(role: Role, token: string): Promise<Ids> {
  const q = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T | undefined> => {
    const answer = await suite.graphql<T>(query, variables, token);
    return answer.data ?? undefined;
  };
  const ids: Ids = {};
  const demands = await q<{ demands: { nodes: { id: string; status: string }[] } }>(
    'query { demands(first: 50) { nodes { id status } } }',
  );
  const nodes = demands?.demands.nodes ?? [];
  ids.demand = nodes[0]?.id;
  ids.editable = (nodes.find((d) => d.status === 'DRAFT' || d.status === 'RETURNED') ?? nodes[0])?.id;
  ids.accepted = nodes.find((d) => d.status === 'ACCEPTED')?.id;
  if (role !== 'UNIT') {
    const teams = await q<{ teams: { id: string }[] }>('query { teams(first: 1) { id } }');
    ids.team = teams?.teams[0]?.id;
    if (ids.team) {
      const batches = await q<{ serviceBatches: { id: string }[] }>(
        'query($t: ID!) { serviceBatches(teamId: $t) { id } }',
        { t: ids.team },
      );
      ids.batch = batches?.serviceBatches[0]?.id;
    }
  }
  if (role === 'LOCAL' || role === 'PROVINCE' || role === 'ADMIN') {
    const experts = await q<{ experts: { hits: { expert: { id: string } }[] } }>(
      'query { experts(first: 1) { hits { expert { id } } } }',
    );
    ids.expert = experts?.experts.hits[0]?.expert.id;
  }
  if (role !== 'EXPERT') {
    const bases = await q<{ programmeBases: { id: string }[] }>('query { programmeBases { id } }');
    ids.base = bases?.programmeBases[0]?.id;
    const calls = await q<{ programmeCalls: { id: string }[] }>('query { programmeCalls { id } }');
    for (const call of calls?.programmeCalls ?? []) {
      const applications = await q<{ programmeApplications: { id: string }[] }>(
        'query($c: ID!) { programmeApplications(callId: $c) { id } }',
        { c: call.id },
      );
      ids.application = applications?.programmeApplications[0]?.id;
      if (ids.application) break;
    }
  }
  return ids;
}

/** The concrete paths of the role's pages outside the menu; a page whose id the demo data lacks is left out. */
function detailPaths(role: Role, ids: Ids, extra: RouteTable['EXTRA_ROUTES']): string[] {
  const fill: Record<string, string | undefined> = {
    '/demands/:id': ids.demand && `/demands/${ids.demand}`,
    '/demands/:id/edit': ids.editable && `/demands/${ids.editable}/edit`,
    '/dispatch/:id': ids.accepted && `/dispatch/${ids.accepted}`,
    '/teams/:id': ids.team && `/teams/${ids.team}`,
    '/teams/:id/batches/new': ids.team && `/teams/${ids.team}/batches/new`,
    '/teams/:id/batches/:batchId/correct':
      ids.team && ids.batch && `/teams/${ids.team}/batches/${ids.batch}/correct`,
    '/experts/:id/record': ids.expert && `/experts/${ids.expert}/record`,
    '/certificates/:code': '/certificates/ZS-DEMO-0000',
    '/programme/applications/:id': ids.application && `/programme/applications/${ids.application}`,
    '/programme/applications/:id/print':
      ids.application && `/programme/applications/${ids.application}/print`,
    '/programme/bases/:id': ids.base && `/programme/bases/${ids.base}`,
  };
  return extra
    .filter((route) => route.roles.includes(role))
    .map((route) => (route.path.includes(':') ? fill[route.path] : route.path))
    .filter((p): p is string => Boolean(p));
}

/** Opens `pathname` and waits until the page has settled: its heading drawn and no spinner left. */
async function openSettled(page: Page, pathname: string): Promise<void> {
  await page.goto(`${suite.server.url}${pathname}`);
  await page
    .locator('h1')
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  await page
    .locator('.ant-spin-spinning, .ant-skeleton-active')
    .first()
    .waitFor({ state: 'detached', timeout: 8_000 })
    .catch(() => undefined);
  await page.waitForTimeout(250);
}

const slug = (pathname: string) => pathname.replace(/^\//, '').replace(/[/:]+/g, '_') || 'home';

describe('every page of every role at 1280 and 375 px: screenshotted, no horizontal overflow', () => {
  for (const { role, username } of ROLES) {
    for (const viewport of VIEWPORTS) {
      it(`${role} (${username}) at ${viewport.name} px`, async () => {
        await mkdir(SCREENS, { recursive: true });
        const token = await suite.token(username);
        const { menuFor, EXTRA_ROUTES } = await routes();
        const ids = await demoIds(role, token);
        const paths = [...menuFor(role).map((r) => r.path), ...detailPaths(role, ids, EXTRA_ROUTES)];
        const { page, pageErrors } = await suite.openPage(viewport.options);
        await suite.signIn(page, username);
        const overflowing: string[] = [];
        for (const pathname of paths) {
          await openSettled(page, pathname);
          await page.screenshot({
            path: path.join(SCREENS, `${username}-${viewport.name}-${slug(pathname)}.png`),
            fullPage: true,
          });
          const overflow = await scrollingOverflow(page);
          if (overflow > 1) overflowing.push(`${pathname} (+${overflow}px)`);
        }
        expect(overflowing, `pages wider than ${viewport.name} px for ${role}`).toEqual([]);
        expect(pageErrors).toEqual([]);
      }, 300_000);
    }
  }
});
