import { IndicatorsProjector } from '@app/indicators';
import { QueueName } from '@app/queue';
import { Processor, WorkerHost } from '@nestjs/bullmq';

/** Projects pending outbox events into indicator facts (one projector at a time, under an advisory lock). */
@Processor(QueueName.Indicators)
export class IndicatorsProcessor extends WorkerHost {
  constructor(private readonly projector: IndicatorsProjector) {
    super();
  }

  async process(): Promise<unknown> {
    return { projected: await this.projector.projectPending() };
  }
}
