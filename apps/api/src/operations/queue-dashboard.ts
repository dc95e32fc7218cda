import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardAdapter } from '@bull-board/fastify';
import { AuthService } from '@app/identity';
import { QueueName } from '@app/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { API_PREFIX } from '../http/prefix';

/** Every queue of the app, from Nest's container. */
export function allQueues(app: Pick<NestFastifyApplication, 'get'>): Queue[] {
  return Object.values(QueueName).map((name) => app.get<Queue>(getQueueToken(name), { strict: false }));
}

export const DASHBOARD_PATH = `/${API_PREFIX}/admin/queue-dashboard`;
export const DASHBOARD_COOKIE = 'parcours_queue_dashboard';

function cookie(request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function refuse(reply: FastifyReply, statusCode: 401 | 403, message: string): void {
  void reply
    .status(statusCode)
    .header('content-type', 'application/json; charset=utf-8')
    .send({ statusCode, code: statusCode === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN', message, details: null });
}

/**
 * Bull Board (the queues' jobs, retries, failures) for admins, behind the API's authentication. A
 * browser cannot send a bearer token when it opens a page, so an admin first asks
 * `POST /api/admin/dashboard-session` for a short-lived HttpOnly cookie scoped to this path; every
 * request under it (pages, assets, Bull Board's own API) is checked here.
 */
export async function mountQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const auth = app.get(AuthService);
  const queues = allQueues(app);
  const board = new BullBoardAdapter();
  board.setBasePath(DASHBOARD_PATH);
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue)),
    serverAdapter: board,
    options: { uiConfig: { boardTitle: 'Parcours' } },
  });
  await app.register(async (scope: FastifyInstance) => {
    scope.addHook('onRequest', async (request, reply) => {
      const claims = await auth.verifyDashboardToken(cookie(request, DASHBOARD_COOKIE));
      if (!claims) return refuse(reply, 401, 'Open a dashboard session first: POST /api/admin/dashboard-session');
      if (!claims.roles.includes('admin')) return refuse(reply, 403, 'The queue dashboard is for admins');
    });
    await scope.register(board.registerPlugin(), { prefix: DASHBOARD_PATH });
  });
}
