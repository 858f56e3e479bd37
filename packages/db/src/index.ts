export * from './client';
export * from './errors';
export * from './raw-sql';
export * from './queries/index';
