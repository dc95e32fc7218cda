import { ConfigModule, LoggingModule } from '@app/config';
import { JobsModule } from '@app/jobs';
import { Module } from '@nestjs/common';

/** The worker process: the jobs alone, no HTTP. */
@Module({ imports: [ConfigModule, LoggingModule, JobsModule] })
export class WorkerModule {}
