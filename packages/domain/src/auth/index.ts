export * from './auth.schemas';
export * from './login-throttle';
