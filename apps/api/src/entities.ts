import { ARREARS_ENTITIES } from '@app/arrears';
import { AuditEntry } from '@app/audit';
import { CONVENTION_ENTITIES } from '@app/convention';
import { IdempotencyKey, OutboxEvent } from '@app/database';
import { IndicatorFact, StatisticalToken } from '@app/indicators';
import { Organisation, RefreshToken, Territory, User } from '@app/identity';
import { PATHWAY_ENTITIES } from '@app/pathway';
import { PECULE_ENTITIES } from '@app/pecule';
import { REMINDER_ENTITIES } from '@app/reminders';

/** Every entity of every context: the API is the composition root that knows them all. */
export const ENTITIES = [
  Territory,
  Organisation,
  User,
  RefreshToken,
  AuditEntry,
  OutboxEvent,
  IdempotencyKey,
  ...PATHWAY_ENTITIES,
  ...PECULE_ENTITIES,
  ...ARREARS_ENTITIES,
  IndicatorFact,
  StatisticalToken,
  ...REMINDER_ENTITIES,
  ...CONVENTION_ENTITIES,
];
