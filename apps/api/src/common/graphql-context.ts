import type { Request } from 'express';
import type { Actor } from '@app/domain';
import type { Loaders } from './loaders.js';

export interface GraphQLContext {
  req: Request;
  /** Set by the auth guard for signed-in requests. */
  actor?: Actor;
  loaders: Loaders;
  /** Unmasked contact reads already audited in this request. */
  contactReads?: Set<string>;
}
