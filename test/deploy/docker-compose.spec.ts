import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_VARIABLES } from '@app/platform';
import { API_NODE_FLAGS, WORKER_NODE_FLAGS } from '../../apps/api/src/node-flags.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const compose = parse(readFileSync(root + 'docker-compose.yml', 'utf8'), { merge: true });
const readme = readFileSync(root + 'README.md', 'utf8');

describe('docker-compose.yml', () => {
  it('runs PostgreSQL, Redis, Meilisearch, the api and the worker from named images', () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      'api',
      'meilisearch',
      'postgres',
      'redis',
      'worker',
    ]);
    expect(compose.services.postgres.image).toMatch(/^postgres:\d+/);
    expect(compose.services.redis.image).toMatch(/^redis:\d+/);
    expect(compose.services.meilisearch.image).toMatch(/^getmeili\/meilisearch:v\d+/);
    expect(compose.services.api.image).toBe(compose.services.worker.image);
    expect(compose.services.api.command.join(' ')).toContain('dist/apps/api/src/main.js');
    expect(compose.services.worker.command.join(' ')).toContain('dist/apps/worker/src/main.js');
    // The api runs as the image runs it (bench:board starts it the same way).
    const cmd = /^CMD (\[.*\])$/m.exec(readFileSync(root + 'Dockerfile', 'utf8'))![1]!;
    expect(compose.services.api.command).toEqual(JSON.parse(cmd));
    expect(compose.services.api.command).toEqual(['node', ...API_NODE_FLAGS, 'dist/apps/api/src/main.js']);
    expect(compose.services.worker.command).toEqual([
      'node',
      ...WORKER_NODE_FLAGS,
      'dist/apps/worker/src/main.js',
    ]);
  });

  it('gives the api and worker the variables the app reads, and nothing it does not', () => {
    for (const service of ['api', 'worker']) {
      const env = Object.keys(compose.services[service].environment);
      for (const name of env) expect(CONFIG_VARIABLES as readonly string[]).toContain(name);
      for (const required of ['DATABASE_URL', 'REDIS_URL', 'MEILI_HOST', 'JWT_SECRET', 'NODE_ENV'])
        expect(env).toContain(required);
    }
    expect(compose.services.api.environment.DATABASE_URL).toMatch(/@postgres:5432\//);
    expect(compose.services.api.environment.REDIS_URL).toBe('redis://redis:6379');
    expect(compose.services.api.environment.MEILI_HOST).toBe('http://meilisearch:7700');
    expect(compose.services.api.environment.INLINE_WORKERS).toBe('false');
  });

  it('has every variable the app reads documented in the README', () => {
    for (const name of CONFIG_VARIABLES) expect(readme).toContain('`' + name + '`');
  });
});
