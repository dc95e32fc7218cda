import helmet from '@fastify/helmet';
import { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * The Content-Security-Policy of every answer, written for the web app: its scripts, workers and
 * manifest come from the origin only; styles may be inline because Mantine writes its CSS
 * variables in a style element and style attributes; no plugin, no framing, no foreign form
 * target or base URL. Swagger UI (/api/docs) and Bull Board (the queue dashboard) work under it
 * as well (checked in Chromium: no inline script); Bull Board only loses its Google Fonts
 * stylesheet and falls back to system fonts, which spares admins' addresses a third party.
 */
export const STRICT_CSP: Record<string, string[]> = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  objectSrc: ["'none'"],
};

/** Helmet's headers (HSTS, nosniff, frame options, ...) with the strict policy on every route. */
export async function registerSecurityHeaders(app: NestFastifyApplication): Promise<void> {
  // useDefaults: false, so helmet adds no directive behind this list's back (upgrade-insecure-requests
  // would break a plain-http development or test origin).
  await app.register(helmet, { contentSecurityPolicy: { useDefaults: false, directives: STRICT_CSP } });
}
