import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const require = createRequire(import.meta.url);
const alias = [
  { find: '@app/domain', replacement: r('./libs/domain/src/index.ts') },
  { find: '@app/platform', replacement: r('./libs/platform/src/index.ts') },
  { find: '@app/core', replacement: r('./libs/core/src/index.ts') },
  // One graphql instance, as under Node: Vite would pick graphql's ESM build while NestJS requires the CommonJS one.
  { find: /^graphql$/, replacement: require.resolve('graphql') },
];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['libs/**/*.spec.ts', 'apps/**/*.spec.ts', 'test/**/*.spec.ts'],
          exclude: ['**/node_modules/**', 'apps/web/**'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'int',
          include: ['libs/**/*.int-spec.ts', 'apps/**/*.int-spec.ts', 'test/**/*.int-spec.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          setupFiles: ['reflect-metadata'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'browser',
          include: ['test/browser/**/*.browser-spec.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          setupFiles: ['reflect-metadata'],
          fileParallelism: false,
        },
      },
    ],
  },
});
