import { Foundation1795413844679 } from './1795413844679-Foundation';

/** Every migration, in order. TypeORM's glob loading breaks in bundled builds, so list them. */
export const MIGRATIONS = [Foundation1795413844679];
