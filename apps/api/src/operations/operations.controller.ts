import { AppConfig } from '@app/config';
import { Actor } from '@app/core';
import { AuthService } from '@app/identity';
import { Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles } from '../http/decorators';
import { DASHBOARD_COOKIE, DASHBOARD_PATH } from './queue-dashboard';

@ApiTags('operations')
@ApiBearerAuth()
@Controller('admin/dashboard-session')
export class QueueDashboardController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Post()
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
