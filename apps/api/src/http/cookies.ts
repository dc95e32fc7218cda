import type { FastifyRequest } from 'fastify';

/** The value of a cookie of the request, if it has one by that name. */
export function readCookie(request: FastifyRequest, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/**
 * A `Set-Cookie` value for a cookie that only the server reads: HttpOnly, SameSite=Strict, scoped
 * to `path`, and Secure when the app is served over https (PUBLIC_URL). `maxAge` 0 deletes it.
 */
export function serverCookie(name: string, value: string, options: { path: string; maxAge: number; publicUrl: string }): string {
  const secure = options.publicUrl.startsWith('https:') ? '; Secure' : '';
  return `${name}=${value}; Path=${options.path}; Max-Age=${options.maxAge}; HttpOnly; SameSite=Strict${secure}`;
}
