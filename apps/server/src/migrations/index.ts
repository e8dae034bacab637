import { InitialSchema1763900000000 } from './1763900000000-initial-schema';

/** Every migration, in order. Listed explicitly (not globbed) so the compiled and the ts-run server agree. */
export const MIGRATIONS = [InitialSchema1763900000000];
