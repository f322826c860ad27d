// ExpertRepository.withEmployers on the demo data: the plain rows equal what the entity read answers (every
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
