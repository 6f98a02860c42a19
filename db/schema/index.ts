export * from './users';
export * from './audit';
export * from './settings';
export * from './sequences';
export * from './catalog';
export * from './devices';
export * from './patients';
export * from './visits';
