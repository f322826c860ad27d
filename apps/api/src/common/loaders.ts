// Per-request DataLoaders: a list of 100 accounts asks for their organisations in one query, not 100.
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { Actor } from '@app/domain';
import {
  AccountEntity,
  type OrganizationEntity,
  type RegionEntity,
  type DemandHistoryEntity,
  type DemandService,
  type OrganizationService,
  type RegionService,
  type EvaluationService,
  type TeamEntity,
  type TeamService,
  type ServiceBatchService,
  type ServiceRecordService,
  type VolunteerMatch,
  type VolunteerService,
} from '@app/core';

function byKey<K, V>(rows: V[], key: (v: V) => K, keys: readonly K[]): (V | null)[] {
  const map = new Map(rows.map((r) => [key(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

/** The services whose batch reads back per-item fields of lists (teams' days served, experts' ratings). */
export interface LoaderServices {
  batches: ServiceBatchService;
  evaluations: EvaluationService;
  records: ServiceRecordService;
  demands: DemandService;
  teams: TeamService;
  volunteers: VolunteerService;
  regions: RegionService;
  organizations: OrganizationService;
}

/** A demand-keyed loader whose batch needs the reader (one actor per request, so the demand id is the cache key). */
function perDemand<V>(batch: (actor: Actor, demandIds: string[]) => Promise<Map<string, V>>, empty: V) {
  return new DataLoader<{ actor: Actor; demandId: string }, V, string>(
    async (keys) => {
      const found = await batch(
        keys[0]!.actor,
        keys.map((k) => k.demandId),
      );
      return keys.map((k) => found.get(k.demandId) ?? empty);
    },
    { cacheKeyFn: (k) => k.demandId },
  );
}

export function createLoaders(db: DataSource, services: LoaderServices) {
  return {
    /** One actor per request, so the team id is the cache key. */
    canLogBatches: new DataLoader<{ actor: Actor; team: TeamEntity }, boolean, string>(
      async (keys) => {
        const allowed = await services.batches.canManageMany(
          keys[0]!.actor,
          keys.map((k) => k.team),
        );
        return keys.map((k) => allowed.has(k.team.id));
      },
      { cacheKeyFn: (k) => k.team.id },
    ),
    /** Demand.history of every demand in the answer, in one statement. */
    demandHistory: new DataLoader<string, DemandHistoryEntity[]>(async (ids) => {
      const found = await services.demands.historyOf(ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    /** Demand.teams (at most 20 per demand, as the field always read them). */
    demandTeams: perDemand<TeamEntity[]>((actor, ids) => services.teams.listForDemands(actor, ids, 20), []),
    demandVolunteers: perDemand<VolunteerMatch[]>(
      (actor, ids) => services.volunteers.volunteersOfListed(actor, ids),
      [],
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
      for (const [year, ids] of byYear)
        for (const [id, n] of await services.records.daysServed(ids, year)) found.set(`${id}:${year}`, n);
      return keys.map((k) => found.get(k) ?? 0);
    }),
    region: new DataLoader<string, RegionEntity | null>(async (codes) =>
      byKey(await services.regions.byCodes(codes), (r) => r.code, codes),
    ),
    organization: new DataLoader<string, OrganizationEntity | null>(async (ids) =>
      byKey(await services.organizations.byIds(ids), (o) => o.id, ids),
    ),
    account: new DataLoader<string, AccountEntity | null>(async (ids) =>
      byKey(await db.getRepository(AccountEntity).findBy({ id: In([...ids]) }), (a) => a.id, ids),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
