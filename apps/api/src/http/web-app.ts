import fastifyStatic from '@fastify/static';
import { AppConfig } from '@app/config';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { API_PREFIX } from './prefix';

/** Where `vite build` writes the web app: dist/web, beside dist/apps/api/src/http/web-app.js. */
const DEFAULT_WEB_APP_DIR = join(__dirname, '..', '..', '..', '..', 'web');

// Vite's hashed files never change under their name; the entry points must be revalidated so a
// deployment reaches browsers (and the service worker sees its new version).
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

const isFile = (path: string): Promise<boolean> =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

function notFound(reply: FastifyReply, message: string): FastifyReply {
  return reply.status(404).header('cache-control', 'no-store').send({ statusCode: 404, code: 'NOT_FOUND', message, details: null });
}

/**
 * Serves the built web app at `/`: its files, and `index.html` for any other GET or HEAD outside
 * /api (a deep link such as /households/123 reloaded in the browser opens the app, whose router
 * takes over). Paths under /api that match no route keep the API's JSON 404. Without a build
 * (the API built alone, the tests) these paths answer a JSON 404 saying so.
 */
export async function serveWebApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const root = resolve(config.webAppDir ?? DEFAULT_WEB_APP_DIR);
  const built = await isFile(join(root, 'index.html'));
  const apiPath = `/${API_PREFIX}`;
  const isApi = (url: string) => url === apiPath || url.startsWith(`${apiPath}/`) || url.startsWith(`${apiPath}?`);

  await app.register(async (scope: FastifyInstance) => {
    if (built) await scope.register(fastifyStatic, { root, serve: false, cacheControl: false, dotfiles: 'deny' });
    const handler = async (request: FastifyRequest<{ Params: { '*': string } }>, reply: FastifyReply) => {
      if (isApi(request.url)) {
        reply.callNotFound(); // the API's own 404 (the error filter's JSON)
        return reply;
      }
      if (!built) return notFound(reply, 'The web app is not built: run npm run build');
      // find-my-way hands the wildcard decoded; anything outside the folder, hidden or missing gets the app.
      const wanted = request.params['*'];
      const file = resolve(root, wanted);
      const servable = file.startsWith(root + sep) && !wanted.split('/').some((s) => s.startsWith('.')) && (await isFile(file));
      if (!servable) {
        // A hashed file that is not there (an old page asking for a previous build's chunk) is a
        // 404, not the HTML page a script or style loader would choke on.
        if (wanted.startsWith('assets/')) return notFound(reply, 'No such file in the web app');
        return reply.header('cache-control', REVALIDATE).sendFile('index.html');
      }
      const relative = file
        .slice(root.length + 1)
        .split(sep)
        .join('/');
      return reply.header('cache-control', relative.startsWith('assets/') ? IMMUTABLE : REVALIDATE).sendFile(relative);
    };
    scope.get('/*', handler);
  });
}
