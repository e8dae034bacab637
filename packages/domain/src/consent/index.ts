export * from './purposes';
export * from './consent-record';
export * from './consent-state';
