/** Every JSON route is under /api (Nest's global prefix); the web app owns the other paths of the origin. */
export const API_PREFIX = 'api';
