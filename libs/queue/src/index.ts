export { DEFAULT_JOB_OPTIONS } from './job-options';
export { QueueModule } from './queue.module';
export { JobName, JobPayloads, QueueName } from './queue.names';
export { redisOptions } from './redis-connection';
export { RedisService } from './redis.service';
