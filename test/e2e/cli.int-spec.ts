// `npm run cli -- import-experts FILE` and `reindex`, as a bureau's administrator would run them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeXlsx } from '@app/platform';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), 'es-cli-'));
let db: TestDatabase;

function cli(...args: string[]) {
  return spawnSync(process.execPath, [path.join(root, 'dist/apps/api/src/cli.js'), ...args], {
    cwd: root,
    env: {
      PATH: process.env.PATH!,
      DATABASE_URL: db.url,
      NODE_ENV: 'test',
      JWT_SECRET: 'x'.repeat(40),
      DATA_DIR: dir,
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

beforeAll(async () => {
  expect(
    spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--server', '--quiet'], { cwd: root })
      .status,
  ).toBe(0);
  db = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await db?.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('cli', () => {
  it('imports an xlsx, prints the report, and reindexes', { timeout: 120_000 }, async () => {
    const file = path.join(dir, '专家名单.xlsx');
    writeFileSync(
      file,
      await writeXlsx(
        '专家',
        ['姓名', '工作单位', '职称', '职称级别', '专业领域', '研究方向', '所在地区'],
        [
          ['周建明', '复旦大学附属华山医院', '主任医师', '正高级', '医疗', '脑卒中早期筛查', '310104'],
          ['张伟', '某农业公司', '高级农艺师', '副高级', '园艺', '果树栽培', '310116'],
        ],
      ),
    );
    const first = cli('import-experts', file);
    expect(first.status, first.stderr + first.stdout).toBe(1); // a rejected row makes the exit code say so
    expect(first.stdout).toContain('created 1, updated 0, unchanged 0, rejected 1');
    expect(first.stdout).toContain('row 3: 未知领域“园艺”');
    const again = cli('import-experts', file);
    expect(again.stdout).toContain('created 0, updated 0, unchanged 1, rejected 1');

    const reindex = cli('reindex');
    expect(reindex.status, reindex.stderr).toBe(0);
    expect(reindex.stdout).toMatch(/Indexed 1 experts/);
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    const { rows } = await c.query(`SELECT count(*)::int AS n FROM expert_search_index`);
    await c.end();
    expect(rows[0].n).toBe(1);

    const unknown = cli('no-such-command');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('import-experts FILE');
  });
});
