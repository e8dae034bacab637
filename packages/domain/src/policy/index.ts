export * from './policy';
export * from './api-key-scopes';
