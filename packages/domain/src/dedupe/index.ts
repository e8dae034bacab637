export * from './levenshtein';
export * from './diminutives-pl';
export * from './dedupe-keys';
export * from './score-duplicate';
export * from './candidate-probes';
