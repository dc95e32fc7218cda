import createClient from 'openapi-fetch';
import { ApiError, networkError } from './errors';
import type { paths } from './schema';

/**
 * Supplies the access token and reacts when the API refuses it. Set by the session provider;
 * `renew` resolves to a fresh token (a silent refresh, or the user typing their password again),
 * or null when the user is logged out.
 */
export interface TokenSource {
  current(): string | null;
  renew(): Promise<string | null>;
}

let tokens: TokenSource = { current: () => null, renew: () => Promise.resolve(null) };
export function setTokenSource(source: TokenSource): void {
  tokens = source;
}

const PUBLIC_PATHS = ['/api/auth/login', '/api/auth/refresh'];

/** fetch with the bearer token; on 401 the request waits for a renewed session and is sent once more. */
async function authenticatedFetch(request: Request): Promise<Response> {
  const isPublic = PUBLIC_PATHS.some((path) => new URL(request.url).pathname === path);
  const retry = isPublic ? null : request.clone();
  const send = async (req: Request, token: string | null) => {
    if (token) req.headers.set('authorization', `Bearer ${token}`);
    try {
      return await fetch(req);
    } catch (error) {
      throw networkError(error);
    }
  };
  const response = await send(request, isPublic ? null : tokens.current());
  if (response.status !== 401 || !retry) return response;
  const renewed = await tokens.renew();
  return renewed ? send(retry, renewed) : response;
}

export const api = createClient<paths>({ baseUrl: '', fetch: authenticatedFetch });

type Result<T> = { data?: T; error?: unknown; response: Response };

/** The data of a successful answer; an ApiError otherwise. */
export function unwrap<T>({ data, error, response }: Result<T>): T {
  if (response.ok) return data as T;
  const body = (error ?? {}) as { code?: unknown; message?: unknown; details?: unknown };
  // When to retry: the Retry-After header, or the API's details (rate limits say it there).
  const retryAfter =
    Number(response.headers.get('retry-after')) ||
    Number((body.details as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds) ||
    undefined;
  throw new ApiError(
    response.status,
    typeof body.code === 'string' ? body.code : 'INTERNAL_ERROR',
    typeof body.message === 'string' ? body.message : response.statusText,
    body.details ?? null,
    retryAfter,
  );
}
