export * from './client';
export * from './errors';
export * from './text-length';
export * from './raw-sql';
export * from './queries/index';
export * from './data-protection/index';
export * from './seed/index';
export { readDbEnv, type DbEnv } from './env';
export { DatabaseBusyError } from './wait-queue';
