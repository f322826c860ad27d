// A first start stopped while it writes the demo's programme year (a newcomer's Ctrl-C, a failure halfway): the
// next start finishes the year from where it stopped — each step once, at the dates of the day the demo was seeded —
// and later starts leave it alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoDataSeeder } from '@app/core';
import { startTestApp, type TestApp } from '../support/test-server.js';

let t: TestApp;

beforeAll(async () => {
  // The demo's rows without its programme year, as a start stopped before the year leaves them.
  t = await startTestApp({ demo: true, demoProgramme: false });
});
afterAll(() => t?.close());

/** What the year consists of, counted: a step taken twice or missed shows here. */
async function yearShape() {
  const [row] = await t.runtime.dataSource.query(`
    SELECT (SELECT count(*)::int FROM programme_calls) AS calls,
           (SELECT count(*)::int FROM programme_applications) AS applications,
           (SELECT count(*)::int FROM programme_reviews) AS reviews,
           (SELECT count(*)::int FROM programme_offers) AS offers,
           (SELECT count(*)::int FROM programme_offer_orders) AS orders,
           (SELECT array_agg(status ORDER BY year) FROM programme_calls) AS call_statuses,
           (SELECT value->'done' FROM system_state WHERE key = 'demo_programme_journal') AS done,
           (SELECT jsonb_array_length(value->'steps') FROM system_state WHERE key = 'demo_programme_journal') AS steps`);
  return row;
}

describe('demo programme year, resumed', () => {
  it('finishes a year stopped halfway on the next start, each step once, and leaves a whole one alone', async () => {
    const seeder = t.app.get(DemoDataSeeder);
    const db = t.runtime.dataSource;
    expect(await yearShape()).toMatchObject({ calls: 0, done: null });

    // This start stops at the team's first menu item (the table refuses it).
    await db.query(`
      CREATE FUNCTION stop_demo_offers() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'stopped for the test'; END $$;
      CREATE TRIGGER stop_demo_offers BEFORE INSERT ON programme_offers
        FOR EACH ROW EXECUTE FUNCTION stop_demo_offers();`);
    try {
      await seeder.seed(t.demoPassword, new Date(), { programme: true });
    } finally {
      await db.query(`DROP TRIGGER stop_demo_offers ON programme_offers; DROP FUNCTION stop_demo_offers()`);
    }
    const halfway = await yearShape();
    expect(halfway).toMatchObject({ calls: 1, call_statuses: ['PUBLISHED'], offers: 0, done: false });
    expect(halfway.steps).toBeGreaterThan(10);

    // The next start finishes it: this year's lists, the menu with its order, next year's call.
    await seeder.seed(t.demoPassword, new Date(), { programme: true });
    const whole = await yearShape();
    expect(whole).toMatchObject({
      calls: 2,
      call_statuses: ['PUBLISHED', 'OPEN'],
      applications: 5,
      reviews: 6,
      orders: 1,
      done: true,
    });
    expect(whole.offers).toBeGreaterThan(0);
    expect(whole.steps).toBeGreaterThan(halfway.steps);
    // The year's dates are those of the day the demo was seeded, as an unbroken first start writes them.
    const [call] = await db.query(
      `SELECT c.opens_on::text AS opens, (s.value->>'at')::timestamptz AS seeded
         FROM programme_calls c, system_state s WHERE s.key = 'demo_data_seeded' ORDER BY c.year LIMIT 1`,
    );
    const seededDay = new Date(new Date(call.seeded).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(new Date(`${seededDay}T00:00:00Z`).getTime() - new Date(`${call.opens}T00:00:00Z`).getTime()).toBe(
      150 * 86_400_000,
    );

    // Another start: nothing more.
    await seeder.seed(t.demoPassword, new Date(), { programme: true });
    expect(await yearShape()).toEqual(whole);

    // And the published year reads as the demo's does.
    const res = await t.gql(
      `query($y: Int!) { publishedProgrammeLists(year: $y) { national { name } municipal { name } } }`,
      { y: Number(seededDay.slice(0, 4)) },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.publishedProgrammeLists).toEqual({
      national: [{ name: '都市现代农业与对口帮扶产业振兴专家服务团' }],
      municipal: [{ name: '廊下绿色蔬菜专家服务基地' }],
    });
  });
});
