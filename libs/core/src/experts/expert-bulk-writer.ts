// Writes a batch of import rows set-based, with the per-row outcome ExpertWriter would give row by row. Rows are
// checked in Node (region, scope), employers created in one statement, then the batch goes in rounds that hold at
// most one row per dedupe key (name + employer): a round reads its candidates in one query, decides each row as
// ExpertWriter.findExisting does, COPYs the rows to write into a staging table and inserts, updates (version
// checked), indexes them and writes the audit rows in a few set statements. The PostgreSQL engine's documents are
// written in the same transaction (cut while the database inserts the rows): no outbox row, no sync to read them
// back; another engine gets outbox rows and a sync job, as a single expert's change does. Rows of different keys never
// meet, so rounds give the same outcome as going row by row. If a round's set statements fail (a constraint hit by
// a concurrent writer), the round is undone and written row by row, each row in its own savepoint, as before.
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type pg from 'pg';
import type { EntityManager } from 'typeorm';
import { AppError, type Actor, type ExpertDraft } from '@app/domain';
import {
  auditSnapshot,
  copyFromStdin,
  copyText,
  pgTextArray,
  withSavepoint,
  type ExpertDocument,
} from '@app/platform';
import { assertCanChangeExpert } from '../access/access-scope.js';
import type { RegionEntity } from '../regions/region.entity.js';
import type { ExpertEntity } from './expert.entity.js';
import { toExpertDocument } from './expert-document.js';
import { ExpertRepository } from './expert.repository.js';
import { ExpertWriter, WriteContext, changedValues, pickExisting } from './expert-writer.js';
import type { RejectedRow } from './import-job.entity.js';
import { SearchIndexService } from './search-index.service.js';

export interface ImportRow {
  /** The row number in the file (the header is row 1). */
  row: number;
  draft: ExpertDraft;
}

export interface BatchReport {
  created: number;
  updated: number;
  unchanged: number;
  rejected: RejectedRow[];
}

interface Prepared {
  row: number;
  draft: ExpertDraft;
  region: RegionEntity;
  values: Partial<ExpertEntity> & { name: string; employerId: string };
}

interface AuditRow {
  action: string;
  entityType: string;
  entityId: string;
  before: object | null;
  after: object | null;
}

const STAGE_COLUMNS = [
  'op',
  'id',
  'version',
  'name',
  'gender',
  'employer_id',
  'title',
  'title_level',
  'fields',
  'specialties',
  'honours',
  'region_code',
  'source',
  'retired',
  'phone',
  'email',
  'annual_cap_days',
];
const EXPERT_COLUMNS = STAGE_COLUMNS.slice(3);

export function rejectionReason(err: unknown): string {
  if (err instanceof AppError) return err.message;
  const code =
    (err as { code?: string; driverError?: { code?: string } })?.driverError?.code ??
    (err as { code?: string })?.code;
  if (code === '23505') return '与已有专家重复（姓名、工作单位和手机号相同）';
  return '该行无法写入，请检查内容后重试';
}

@Injectable()
export class ExpertBulkWriter {
  constructor(
    private readonly experts: ExpertRepository,
    private readonly writer: ExpertWriter,
    private readonly index: SearchIndexService,
  ) {}

  /** Writes `rows` in the caller's transaction and adds their outcome to `report` (rejections in row order). */
  async writeBatch(
    m: EntityManager,
    actor: Actor,
    rows: ImportRow[],
    ctx: WriteContext,
    report: BatchReport,
  ): Promise<void> {
    const rejected: RejectedRow[] = [];
    const ready: Prepared[] = [];
    for (const { row, draft } of rows) {
      try {
        const region = await this.writer.resolveRegion(m, draft.region, ctx);
        assertCanChangeExpert(actor, {
          name: draft.name.trim(),
          regionCode: region.code,
          regionName: region.name,
        });
        ready.push({ row, draft, region, values: null as never });
      } catch (err) {
        rejected.push({ row, reason: rejectionReason(err) });
      }
    }
    await this.resolveEmployers(m, actor, ready, ctx);
    const rounds: Prepared[][] = [];
    const seen = new Map<string, number>();
    for (const p of ready) {
      const key = `${p.values.name}\u0000${p.values.employerId}`;
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      (rounds[n] ??= []).push(p);
    }
    if (rounds.length) {
      // Once per batch, outside the rounds' savepoints (a round undone must not take the table with it).
      await m.query(
        `CREATE TEMP TABLE IF NOT EXISTS expert_import_stage ON COMMIT DROP AS
         SELECT ''::text AS op, id, version, ${EXPERT_COLUMNS.join(', ')} FROM experts WITH NO DATA`,
      );
    }
    for (const round of rounds) await this.writeRound(m, actor, round, ctx, report, rejected);
    report.rejected.push(...rejected.sort((a, b) => a.row - b.row));
  }

  /** Each row's employer id: known ones in one query, new ones inserted in one statement (with their audit rows). */
  private async resolveEmployers(
    m: EntityManager,
    actor: Actor,
    ready: Prepared[],
    ctx: WriteContext,
  ): Promise<void> {
    const firstRegion = new Map<string, string>();
    for (const p of ready) {
      const name = p.draft.employer.trim();
      if (!ctx.employers.has(name) && !firstRegion.has(name)) firstRegion.set(name, p.region.code);
    }
    if (firstRegion.size) {
      const oldest = () =>
        m.query(
          `SELECT DISTINCT ON (name) id, name FROM organizations WHERE kind = 'EMPLOYER' AND name = ANY($1::text[])
           ORDER BY name, created_at, id`,
          [[...firstRegion.keys()]],
        ) as Promise<{ id: string; name: string }[]>;
      let known = await oldest();
      for (const k of known) firstRegion.delete(k.name);
      if (firstRegion.size) {
        const added: { id: string; name: string; kind: string; region_code: string }[] = await m.query(
          `INSERT INTO organizations (name, kind, region_code)
           SELECT name, 'EMPLOYER', region FROM unnest($1::text[], $2::text[]) AS t(name, region)
           ON CONFLICT DO NOTHING RETURNING id, name, kind, region_code`,
          [[...firstRegion.keys()], [...firstRegion.values()]],
        );
        await this.audit(
          m,
          actor,
          added.map((o) => ({
            action: 'organization.create',
            entityType: 'organization',
            entityId: o.id,
            before: null,
            after: { id: o.id, name: o.name, kind: o.kind, regionCode: o.region_code },
          })),
        );
        known = await oldest();
      }
      for (const k of known) ctx.employers.set(k.name, k.id);
    }
    for (const p of ready) {
      const d = p.draft;
      p.values = {
        name: d.name.trim(),
        gender: d.gender,
        employerId: ctx.employers.get(d.employer.trim())!,
        title: d.title.trim(),
        titleLevel: d.titleLevel,
        fields: d.fields,
        specialties: d.specialties.trim(),
        honours: d.honours,
        regionCode: p.region.code,
        source: d.source,
        retired: d.retired,
        phone: d.phone,
        email: d.email,
        annualCapDays: d.annualCapDays,
      };
    }
  }

  private async writeRound(
    m: EntityManager,
    actor: Actor,
    round: Prepared[],
    ctx: WriteContext,
    report: BatchReport,
    rejected: RejectedRow[],
  ): Promise<void> {
    const candidates = await this.experts.byNameAndEmployer(
      m,
      round.map((p) => ({ name: p.values.name, employerId: p.values.employerId })),
    );
    const byKey = new Map<string, ExpertEntity[]>();
    for (const c of candidates) {
      const key = `${c.name}\u0000${c.employerId}`;
      byKey.set(key, [...(byKey.get(key) ?? []), c]);
    }
    const creates: { p: Prepared; id: string }[] = [];
    const updates: {
      p: Prepared;
      existing: ExpertEntity;
      after: ExpertEntity;
      changes: Partial<ExpertEntity>;
    }[] = [];
    const own: RejectedRow[] = [];
    let unchanged = 0;
    for (const p of round) {
      const existing = pickExisting(
        byKey.get(`${p.values.name}\u0000${p.values.employerId}`) ?? [],
        p.draft.phone,
      );
      if (!existing) {
        creates.push({ p, id: randomUUID() });
        continue;
      }
      try {
        assertCanChangeExpert(actor, existing);
      } catch (err) {
        own.push({ row: p.row, reason: rejectionReason(err) });
        continue;
      }
      const changes = changedValues(existing, p.values, p.draft, false);
      if (!changes) {
        unchanged++;
        continue;
      }
      updates.push({
        p,
        existing,
        changes,
        after: { ...existing, ...changes, version: existing.version + 1 } as ExpertEntity,
      });
    }
    try {
      const written = await withSavepoint(m, () => this.writeSets(m, actor, creates, updates));
      for (const u of updates) {
        if (!written.has(u.existing.id)) {
          own.push({ row: u.p.row, reason: `专家“${u.existing.name}”刚被其他人修改，请刷新后重试` });
        }
      }
      report.created += creates.length;
      report.updated += written.size;
      report.unchanged += unchanged;
      rejected.push(...own);
    } catch {
      await this.rowByRow(m, actor, round, ctx, report, rejected);
    }
  }

  /** The round's writes; returns the ids of the experts updated (a stale version leaves its row out). */
  private async writeSets(
    m: EntityManager,
    actor: Actor,
    creates: { p: Prepared; id: string }[],
    updates: { p: Prepared; existing: ExpertEntity; after: ExpertEntity }[],
  ): Promise<Set<string>> {
    if (!creates.length && !updates.length) return new Set();
    // Emptied by DELETE, not TRUNCATE: a few thousand rows of a temp table, without a new file per round.
    await m.query('DELETE FROM expert_import_stage');
    const client = connectionOf(m);
    let data = '';
    const line = (op: string, id: string, version: number, v: Partial<ExpertEntity>) => {
      const cells = [
        op,
        id,
        version,
        v.name!,
        v.gender ?? null,
        v.employerId!,
        v.title!,
        v.titleLevel!,
        pgTextArray(v.fields ?? []),
        v.specialties ?? '',
        pgTextArray(v.honours ?? []),
        v.regionCode!,
        v.source!,
        v.retired ?? false,
        v.phone ?? null,
        v.email ?? null,
        v.annualCapDays ?? 60,
      ];
      data += cells.map((c) => copyText(c)).join('\t') + '\n';
    };
    for (const c of creates) line('C', c.id, 1, c.p.values);
    for (const u of updates) line('U', u.existing.id, u.existing.version, u.after);
    await copyFromStdin(client, `COPY expert_import_stage (${STAGE_COLUMNS.join(', ')}) FROM STDIN`, data);
    const cols = EXPERT_COLUMNS.join(', ');
    // An engine in this database is written here, in this transaction; any other through the outbox and a sync.
    const direct = this.index.indexesInTransaction;
    if (creates.length) {
      // Created rows, their audit rows (and for an engine outside this database their outbox rows) in one statement,
      // all from the staging table: the audit snapshot is the one auditSnapshot gives for { id, ...values, status,
      // version }.
      const inserting = m.query(
        `WITH ins AS (
           INSERT INTO experts (id, version, ${cols}) SELECT id, 1, ${cols} FROM expert_import_stage WHERE op = 'C'
           RETURNING id
         )${direct ? '' : `, outbox AS (INSERT INTO search_outbox (expert_id, version) SELECT id, 1 FROM ins)`}
         INSERT INTO audit_log (actor_id, actor_username, action, entity_type, entity_id, before, after)
         SELECT $1::uuid, $2::text, 'expert.import_create', 'expert', s.id::text, NULL,
           jsonb_build_object('id', s.id, 'name', s.name, 'gender', s.gender, 'employerId', s.employer_id,
             'title', s.title, 'titleLevel', s.title_level, 'fields', to_jsonb(s.fields), 'specialties', s.specialties,
             'honours', to_jsonb(s.honours), 'regionCode', s.region_code, 'source', s.source, 'retired', s.retired,
             'phone', s.phone, 'email', s.email, 'annualCapDays', s.annual_cap_days, 'status', 'ACTIVE', 'version', 1)
         FROM expert_import_stage s WHERE s.op = 'C'`,
        auditActor(actor),
      );
      // The documents are cut (segmentation, this process's CPU) while the database inserts the rows.
      if (direct)
        await this.index.writeDocuments(
          m,
          creates.map((c) => createdDocument(c.id, c.p)),
          inserting,
        );
      else await inserting;
    }
    const updated: { id: string }[] = updates.length
      ? await m.query(
          `WITH u AS (UPDATE experts e SET ${EXPERT_COLUMNS.map((c) => `${c} = s.${c}`).join(', ')}, version = e.version + 1, updated_at = now()
             FROM expert_import_stage s WHERE s.op = 'U' AND e.id = s.id AND e.version = s.version RETURNING e.id, e.version)
           ${direct ? '' : `, outbox AS (INSERT INTO search_outbox (expert_id, version) SELECT id, version FROM u)`}
           SELECT id FROM u`,
        )
      : [];
    const written = new Set(updated.map((r) => r.id));
    const done = updates.filter((u) => written.has(u.existing.id));
    if (direct) {
      await this.index.writeDocuments(
        m,
        done.map((u) => toExpertDocument(u.after, u.p.draft.employer.trim())),
      );
    } else if (creates.length || done.length) {
      // The outbox rows are written above; this queues the transaction's sync job.
      await this.index.outboxWritten(m);
    }
    await this.audit(
      m,
      actor,
      done.map((u) => ({
        action: 'expert.update',
        entityType: 'expert',
        entityId: u.existing.id,
        before: u.existing,
        after: u.after,
      })),
    );
    return written;
  }

  /** The old way, for a round whose set statements failed: each row in its own savepoint. */
  private async rowByRow(
    m: EntityManager,
    actor: Actor,
    round: Prepared[],
    ctx: WriteContext,
    report: BatchReport,
    rejected: RejectedRow[],
  ) {
    for (const p of round) {
      try {
        const { outcome } = await withSavepoint(m, () =>
          this.writer.write(m, actor, p.draft, ctx, { action: 'expert.import_create' }),
        );
        report[outcome]++;
      } catch (err) {
        ctx.employers.clear(); // cached lookups may refer to rows the savepoint just undid
        rejected.push({ row: p.row, reason: rejectionReason(err) });
      }
    }
  }

  /** Audit rows by COPY (writeAudit's shape: the system actor as no actor, snapshots without secrets). */
  private async audit(m: EntityManager, actor: Actor, rows: AuditRow[]): Promise<void> {
    if (!rows.length) return;
    const [actorId, username] = auditActor(actor);
    const head = `${copyText(actorId)}\t${copyText(username)}\t`;
    const json = (v: object | null) => (v ? copyText(JSON.stringify(auditSnapshot(v))) : '\\N');
    let data = '';
    for (const r of rows) {
      data += `${head}${copyText(r.action)}\t${copyText(r.entityType)}\t${copyText(r.entityId)}\t${json(r.before)}\t${json(r.after)}\n`;
    }
    await copyFromStdin(
      connectionOf(m),
      'COPY audit_log (actor_id, actor_username, action, entity_type, entity_id, before, after) FROM STDIN',
      data,
    );
  }
}

/**
 * A created expert's search document, from the values the staging table holds (what a sync would read back: the
 * employer is the organisation of that name, the status the column's default).
 */
function createdDocument(id: string, p: Prepared): ExpertDocument {
  const v = p.values;
  return toExpertDocument(
    {
      id,
      version: 1,
      status: 'ACTIVE',
      name: v.name,
      title: v.title!,
      titleLevel: v.titleLevel!,
      fields: v.fields ?? [],
      specialties: v.specialties ?? '',
      honours: v.honours ?? [],
      source: v.source!,
      retired: v.retired ?? false,
      regionCode: v.regionCode!,
    },
    p.draft.employer.trim(),
  );
}

/** writeAudit's actor columns: the system actor is recorded as no actor. */
function auditActor(actor: Actor): [string | null, string] {
  return [
    actor.accountId !== '00000000-0000-0000-0000-000000000000' ? actor.accountId : null,
    actor.username ?? 'anonymous',
  ];
}

/** The pg connection under the transaction's query runner (COPY is not a TypeORM query). */
function connectionOf(m: EntityManager): pg.PoolClient {
  return (m.queryRunner as unknown as { databaseConnection: pg.PoolClient }).databaseConnection;
}
