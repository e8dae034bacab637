export * from './phone';
export * from './phone-types';
export * from './email';
export * from './postal-code';
export * from './search-normalize';
export * from './countries';
