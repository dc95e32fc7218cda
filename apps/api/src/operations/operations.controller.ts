import { AppConfig } from '@app/config';
import { Actor } from '@app/core';
import { AuthService } from '@app/identity';
import { Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles } from '../http/decorators';
import { allQueues, DASHBOARD_COOKIE, DASHBOARD_PATH } from './queue-dashboard';

/** The job states the queue metrics count. */
const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

@ApiTags('operations')
@ApiBearerAuth()
@Controller('admin')
export class OperationsController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  @Get('queues')
  @Roles('admin')
  @ApiOperation({ summary: 'Queue metrics: waiting, active, delayed, failed, completed jobs per queue' })
  @ApiOkResponse({
    description: 'Per queue name, its job counts by state',
    schema: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        properties: Object.fromEntries(JOB_STATES.map((state) => [state, { type: 'integer' }])),
        required: [...JOB_STATES],
      },
      example: { reminders: { waiting: 0, active: 0, delayed: 3, failed: 0, completed: 120 } },
    },
  })
  async queues(): Promise<Record<string, Record<string, number>>> {
    const queues = allQueues(this.moduleRef);
    const counts = await Promise.all(queues.map((q) => q.getJobCounts(...JOB_STATES)));
    return Object.fromEntries(queues.map((q, i) => [q.name, counts[i]]));
  }

  @Post('dashboard-session')
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({ summary: `Opens the queue dashboard (${DASHBOARD_PATH}) in this browser: a short-lived HttpOnly cookie scoped to it` })
  async open(@CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const { token, expiresIn } = await this.auth.issueDashboardToken(actor);
    const secure = this.config.http.publicUrl.startsWith('https:') ? '; Secure' : '';
    void reply.header(
      'set-cookie',
      `${DASHBOARD_COOKIE}=${token}; Path=${DASHBOARD_PATH}; Max-Age=${expiresIn}; HttpOnly; SameSite=Strict${secure}`,
    );
  }
}
