// Per-request DataLoaders: a list of 100 accounts asks for their organisations in one query, not 100.
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { AccountEntity, OrganizationEntity, RegionEntity } from '@app/core';

function byKey<K, V>(rows: V[], key: (v: V) => K, keys: readonly K[]): (V | null)[] {
  const map = new Map(rows.map((r) => [key(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

export function createLoaders(db: DataSource) {
  return {
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
