export { dataSourceOptions } from './data-source-options';
export { ensureDatabase, migrateDatabase } from './migrator';
export { grantApplicationRole } from './roles';
export { SnakeNamingStrategy } from './snake-naming.strategy';
export { updateIfVersion, updateWithVersion } from './versioned-update';
export * from './workflow';
export { DatabaseModule } from './database.module';
export { OutboxEvent } from './outbox-event.entity';
export { fileImportCounts, FileImportRecord, fileImportRecordOf, FileImportReport } from './file-import';
export {
  appendToOutbox,
  markProjected,
  OutboxMessage,
  lockUnpublishedEvents,
  markPublished,
  outboxPayloadsOf,
  forgetHouseholdsInEncounterEvents,
  purgeOutboxEventsOf,
  resetProjection,
  StoredEvent,
  unprojectedEvents,
} from './outbox';
export { queryEntities } from './query-entities';
export { inTransaction, withRequestTransaction } from './transactions';
export {
  IdempotencyKey,
  IdempotencyScope,
  IDEMPOTENCY_KEY_TTL_HOURS,
  findIdempotencyKey,
  lockIdempotencyKey,
  purgeExpiredIdempotencyKeys,
  saveIdempotencyKey,
  StoredResponse,
} from './idempotency';
export * from './version-field';
