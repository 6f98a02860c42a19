export * from './users';
export * from './audit';
export * from './settings';
export * from './sequences';
export * from './patients';
export * from './visits';
