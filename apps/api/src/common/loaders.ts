// Per-request DataLoaders: a list of 100 accounts asks for their organisations in one query, not 100.
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { Actor } from '@app/domain';
import { AccountEntity, OrganizationEntity, RegionEntity, type EvaluationService, type TeamEntity, type ServiceBatchService, type ServiceRecordService } from '@app/core';

function byKey<K, V>(rows: V[], key: (v: V) => K, keys: readonly K[]): (V | null)[] {
  const map = new Map(rows.map((r) => [key(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

/** The services whose batch reads back per-item fields of lists (teams' days served, experts' ratings). */
export interface LoaderServices {
  batches: ServiceBatchService;
  evaluations: EvaluationService;
  records: ServiceRecordService;
}

export function createLoaders(db: DataSource, services: LoaderServices) {
  return {
    /** One actor per request, so the team id is the cache key. */
    canLogBatches: new DataLoader<{ actor: Actor; team: TeamEntity }, boolean, string>(
      async (keys) => {
        const allowed = await services.batches.canManageMany(keys[0]!.actor, keys.map((k) => k.team));
        return keys.map((k) => allowed.has(k.team.id));
      },
      { cacheKeyFn: (k) => k.team.id },
    ),
    servedDays: new DataLoader<string, number>(async (teamIds) => {
      const days = await services.batches.servedDays(teamIds);
      return teamIds.map((id) => days.get(id) ?? 0);
    }),
    rating: new DataLoader<string, { average: number; count: number } | null>(async (expertIds) => {
      const ratings = await services.evaluations.ratings(expertIds);
      return expertIds.map((id) => ratings.get(id) ?? null);
    }),
    /** Keyed by `${expertId}:${year}`. */
    daysServed: new DataLoader<string, number>(async (keys) => {
      const byYear = new Map<number, string[]>();
      for (const k of keys) {
        const [id, year] = k.split(':');
        byYear.set(Number(year), [...(byYear.get(Number(year)) ?? []), id!]);
      }
      const found = new Map<string, number>();
      for (const [year, ids] of byYear) for (const [id, n] of await services.records.daysServed(ids, year)) found.set(`${id}:${year}`, n);
      return keys.map((k) => found.get(k) ?? 0);
    }),
    region: new DataLoader<string, RegionEntity | null>(async (codes) =>
      byKey(await db.getRepository(RegionEntity).findBy({ code: In([...codes]) }), (r) => r.code, codes),
    ),
    organization: new DataLoader<string, OrganizationEntity | null>(async (ids) =>
      byKey(await db.getRepository(OrganizationEntity).findBy({ id: In([...ids]) }), (o) => o.id, ids),
    ),
    account: new DataLoader<string, AccountEntity | null>(async (ids) =>
      byKey(await db.getRepository(AccountEntity).findBy({ id: In([...ids]) }), (a) => a.id, ids),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
