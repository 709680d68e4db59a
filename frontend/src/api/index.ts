export * from './bridge';
export * from './types';
export * from './system';
export * from './settings';
export * from './calendar';
