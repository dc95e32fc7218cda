export * from './actor';
export * from './clock';
export * from './domain-error';
export * from './pagination';
export * from './roles';
