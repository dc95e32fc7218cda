export * from './actor';
export * from './calendar';
export * from './clock';
export * from './domain-error';
export * from './pagination';
export * from './roles';
export * from './text';
export * from './field-cipher';
