import { Foundation1764000000000 } from './1764000000000-foundation.js';

/** Every migration, in order. New migrations are appended here. */
export const MIGRATIONS = [Foundation1764000000000];
