import { IndicatorsProjector } from '@app/indicators';
import { JobName, QueueName, readPayload } from '@app/queue';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';

/** Projects pending outbox events into indicator facts (one projector at a time, under an advisory lock). */
@Processor(QueueName.Indicators)
export class IndicatorsProcessor extends WorkerHost {
  static readonly jobs = [JobName.ProjectIndicators] as const;

  constructor(private readonly projector: IndicatorsProjector) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    readPayload(JobName.ProjectIndicators, job.data);
    return { projected: await this.projector.projectPending() };
  }
}
