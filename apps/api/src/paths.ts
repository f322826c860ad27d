import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whether running from src (tests) or from dist/apps/api/src (built). */
export function repoRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const parts = here.split(path.sep);
  const distAt = parts.lastIndexOf('dist');
  return distAt >= 0 ? parts.slice(0, distAt).join(path.sep) || '/' : path.resolve(here, '../../..');
}
