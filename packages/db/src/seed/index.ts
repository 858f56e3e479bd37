export * from './seed';
export { LONDON_LOCAL_AUTHORITIES } from './london-boroughs';
