export * from './client-photo';
