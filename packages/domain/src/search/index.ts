export * from './classify-search-input';
export * from './client-search-keys';
export * from './client-list-args.schema';
export * from './typo-dictionary';
