import { InitialSchema1763900000000 } from './1763900000000-initial-schema';
import { LeakproofSearchOperators1764100000000 } from './1764100000000-leakproof-search-operators';
import { PartnerEvents1764300000000 } from './1764300000000-partner-events';

/** Every migration, in order. Listed explicitly (not globbed) so the compiled and the ts-run server agree. */
export const MIGRATIONS = [InitialSchema1763900000000, LeakproofSearchOperators1764100000000, PartnerEvents1764300000000];
