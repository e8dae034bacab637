export * from './event-types';
export * from './webhook-url';
export * from './retry-schedule';
export * from './partner-inputs.schema';
export * from './webhook-url-messages';
