// The web app's typed operations (apps/web/src/gql/) are generated from the committed schema.gql and the
// documents in apps/web/src/graphql/*.graphql. This fails when either changed without `npm run codegen:web`.
import { generate } from '@graphql-codegen/cli';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { tidy } from '../../apps/web/codegen.js';

const GQL_DIR = path.resolve('apps/web/src/gql');

describe('web app GraphQL code generation', () => {
  it('src/gql/ is what codegen makes from schema.gql and the .graphql documents', async () => {
    // Generated in memory, nothing written.
    const outputs = (await generate({ ...config, hooks: {}, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(outputs.length).toBeGreaterThan(0);
    const generated = new Map(
      await Promise.all(
        outputs.map(async (o) => [path.resolve(o.filename), await tidy(o.filename, o.content)] as const),
      ),
    );
    const committed = readdirSync(GQL_DIR).map((name) => path.join(GQL_DIR, name));
    expect([...generated.keys()].sort(), '生成的文件与 apps/web/src/gql/ 中的文件不一致').toEqual(
      committed.sort(),
    );
    for (const [file, content] of generated) {
      expect(
        readFileSync(file, 'utf8') === content,
        `${path.relative(process.cwd(), file)} 已过期：请运行 npm run codegen:web`,
      ).toBe(true);
    }
  }, 30_000);
});
