/**
 * @kartoteka/domain: the business rules of Kartoteka, shared by the server and the admin app.
 * Pure TypeScript: no I/O, no database, no GraphQL, no React.
 */
export * from './errors';
export * from './parse-with';
export * from './i18n-messages';
export * from './common/text-fields';
export * from './contact';
export * from './dates';
export * from './invoice';
export * from './client';
export * from './classification';
export * from './consent';
export * from './dedupe';
export * from './search';
export * from './policy';
export * from './auth';
export * from './partners';
export * from './files';
