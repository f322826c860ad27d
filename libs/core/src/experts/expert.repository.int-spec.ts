// ExpertRepository.withEmployers and byNameAndEmployer on the demo data: the plain rows equal what the entity read answers (every
// column, dates and arrays included), in the order asked, on the pool and inside a transaction alike.
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnitOfWork } from '@app/platform';
import { startTestApp, type TestApp } from '../../../../test/support/test-server.js';
import { ExpertEntity } from './expert.entity.js';
import { ExpertRepository } from './expert.repository.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ demo: true });
});
afterAll(() => t?.close());

describe('withEmployers', () => {
  it('answers every column of the entity read and the employer name, in the order of the ids', async () => {
    const db = t.app.get(DataSource);
    const repo = t.app.get(ExpertRepository);
    const entities = await db.getRepository(ExpertEntity).find({ order: { name: 'DESC' }, take: 25 });
    expect(entities.length).toBeGreaterThan(10);
    const ids = [...entities.map((e) => e.id), '00000000-0000-0000-0000-000000000000', entities[0]!.id];
    const names: { id: string; name: string | null }[] = await db.query(
      `SELECT e.id, o.name FROM experts e LEFT JOIN organizations o ON o.id = e.employer_id WHERE e.id = ANY($1)`,
      [ids],
    );
    const employer = new Map(names.map((n) => [n.id, n.name ?? '']));
    const expected = [...entities, entities[0]!].map((e) => ({
      expert: { ...e },
      employerName: employer.get(e.id),
    }));

    const outside = await repo.withEmployers(ids);
    expect(outside).toEqual(expected);
    expect(outside.some((r) => r.employerName !== '')).toBe(true);
    expect(outside[0]!.expert.createdAt).toBeInstanceOf(Date);

    const inside = await t.app.get(UnitOfWork).run((m) => repo.withEmployers(ids, m));
    expect(inside).toEqual(expected);
    expect(await repo.withEmployers([])).toEqual([]);
  });
});

describe('byNameAndEmployer', () => {
  it('answers the entity read of exactly the experts with one of the (name, employer) pairs', async () => {
    const db = t.app.get(DataSource);
    const repo = t.app.get(ExpertRepository);
    const all = await db.getRepository(ExpertEntity).find({ order: { id: 'ASC' } });
    const picked = all.filter((e) => e.employerId).slice(0, 6);
    expect(picked.length).toBe(6);
    const other = all.find((e) => e.employerId && e.employerId !== picked[0]!.employerId)!;
    // A real name with another expert's employer matches no one unless that pair exists.
    const pairs = [
      ...picked.map((e) => ({ name: e.name, employerId: e.employerId! })),
      { name: picked[0]!.name, employerId: other.employerId! },
    ];
    const expected = all.filter((e) => pairs.some((p) => p.name === e.name && p.employerId === e.employerId));
    expect(expected.length).toBeGreaterThanOrEqual(6);

    const found = await t.app.get(UnitOfWork).run((m) => repo.byNameAndEmployer(m, pairs));
    expect([...found].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(expected.map((e) => ({ ...e })));
    expect(found[0]!.updatedAt).toBeInstanceOf(Date);
    expect(await t.app.get(UnitOfWork).run((m) => repo.byNameAndEmployer(m, []))).toEqual([]);
  });
});
