import { AppConfig } from '@app/config';
import { BullModule } from '@nestjs/bullmq';
import type { ConnectionOptions } from 'bullmq';
import { Global, Module } from '@nestjs/common';
import { DEFAULT_JOB_OPTIONS } from './job-options';
import { QueueName } from './queue.names';
import { redisOptions } from './redis-connection';
import { ReportingQueue, ReportingWorker } from './redis-reachability';
import { RedisService } from './redis.service';

// Before registerQueue below: every queue and worker reports its errors instead of printing them raw.
BullModule.queueClass = ReportingQueue;
BullModule.workerClass = ReportingWorker;

const queues = Object.values(QueueName).map((name) => BullModule.registerQueue({ name }));

/** The single BullMQ connection factory and prefix, plus every queue and a plain Redis client. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: redisOptions(config, 'bullmq') as ConnectionOptions,
        prefix: config.redis.queuePrefix,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    ...queues,
  ],
  providers: [RedisService],
  exports: [...queues, RedisService],
})
export class QueueModule {}
