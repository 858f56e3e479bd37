export * from './client';
export * from './raw-sql';
export * from './errors';
