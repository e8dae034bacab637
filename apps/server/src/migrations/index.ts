import { InitialSchema1763900000000 } from './1763900000000-initial-schema';
import { LeakproofSearchOperators1764100000000 } from './1764100000000-leakproof-search-operators';
import { PartnerEvents1764300000000 } from './1764300000000-partner-events';
import { ClientPhoto1764500000000 } from './1764500000000-client-photo';
import { SessionViewerFunction1764600000000 } from './1764600000000-session-viewer-function';
import { TypoVariants1764700000000 } from './1764700000000-typo-variants';
import { PhoneSuffixIndex1764800000000 } from './1764800000000-phone-suffix-index';
import { CoveringLookupIndexes1764900000000 } from './1764900000000-covering-lookup-indexes';
import { PhoneFragments1765000000000 } from './1765000000000-phone-fragments';
import { PhoneSortKeys1765100000000 } from './1765100000000-phone-sort-keys';
import { ClientCounts1765200000000 } from './1765200000000-client-counts';
import { FirstNameOrderIndex1765300000000 } from './1765300000000-first-name-order-index';
import { EmailSortKeys1765400000000 } from './1765400000000-email-sort-keys';
import { FirstWordIndex1765500000000 } from './1765500000000-first-word-index';
import { DedupeNameKey1765600000000 } from './1765600000000-dedupe-name-key';

/** Every migration, in order. Listed explicitly (not globbed) so the compiled and the ts-run server agree. */
export const MIGRATIONS = [InitialSchema1763900000000, LeakproofSearchOperators1764100000000, PartnerEvents1764300000000, ClientPhoto1764500000000,
  SessionViewerFunction1764600000000, TypoVariants1764700000000,
  PhoneSuffixIndex1764800000000, CoveringLookupIndexes1764900000000, PhoneFragments1765000000000,
  PhoneSortKeys1765100000000, ClientCounts1765200000000, FirstNameOrderIndex1765300000000,
  EmailSortKeys1765400000000, FirstWordIndex1765500000000, DedupeNameKey1765600000000];
