export * from './retention';
export * from './subject';
export * from './backup';
export * from './subject-lookup';
