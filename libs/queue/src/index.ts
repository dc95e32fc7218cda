export { DEFAULT_JOB_OPTIONS } from './job-options';
export { JOB_PAYLOADS, JobPayloads, readPayload } from './job-payloads';
export { QueueModule } from './queue.module';
export { JobName, QueueName } from './queue.names';
export { redisOptions } from './redis-connection';
export { RedisService } from './redis.service';
