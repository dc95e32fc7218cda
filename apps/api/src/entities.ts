import { AuditEntry } from '@app/audit';
import { Organisation, RefreshToken, Territory, User } from '@app/identity';

/** Every entity of every context: the API is the composition root that knows them all. */
export const ENTITIES = [Territory, Organisation, User, RefreshToken, AuditEntry];
