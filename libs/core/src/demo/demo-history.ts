// The history of a demo demand: one row per step, each step starting where the previous one ended.
import type { EntityManager } from 'typeorm';
import type { DemandStatus } from '@app/domain';
import type { AccountEntity } from '../accounts/account.entity.js';
import { DemandHistoryEntity } from '../demands/demand.entity.js';

export interface DemoHistoryStep {
  to: DemandStatus;
  by: AccountEntity | undefined;
  /** The actor's name when there is no account (e.g. '基层单位' for a unit without a demo account). */
  nameIfNobody: string;
  at: Date;
  note?: string | null;
}

/** Saves the steps from DRAFT onwards (the first step is the DRAFT row, from nothing). */
export async function saveDemoHistory(
  m: EntityManager,
  demandId: string,
  steps: DemoHistoryStep[],
): Promise<void> {
  const repo = m.getRepository(DemandHistoryEntity);
  let from: DemandStatus | null = null;
  const rows = steps.map((s) => {
    const row = repo.create({
      demandId,
      fromStatus: from,
      toStatus: s.to,
      actorId: s.by?.id ?? null,
      actorName: s.by?.displayName ?? s.nameIfNobody,
      at: s.at,
      ...(s.note !== undefined ? { note: s.note } : {}),
    });
    from = s.to;
    return row;
  });
  await repo.save(rows);
}
