import { ERROR_CODES, ErrorCode } from '@app/core';
import { applyDecorators, INestApplication } from '@nestjs/common';
import { ApiExtension, ApiProperty, DocumentBuilder, getSchemaPath, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** The one error shape of the API (see error.filter.ts), as the document names it. */
export class ErrorDto {
  @ApiProperty({ type: 'integer', example: 404 })
  statusCode: number;

  @ApiProperty({ enum: ERROR_CODES, enumName: 'ErrorCode', example: 'NOT_FOUND' })
  code: ErrorCode;

  @ApiProperty({ example: 'Household not found' })
  message: string;

  @ApiProperty({
    // OpenAPI 3.0 wants `nullable` beside a `type`: on the object branch.
    oneOf: [
      { type: 'object', additionalProperties: true, nullable: true },
      { type: 'array', items: {} },
    ],
    description: 'Per code: VALIDATION_FAILED lists [{ field, problems }], STALE_VERSION gives currentVersion, …; null otherwise',
  })
  details: unknown;
}

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 414 | 422 | 429;

const DEFAULT_DESCRIPTION: Record<ErrorStatus, string> = {
  400: 'VALIDATION_FAILED (details: [{ field, problems }]) or MALFORMED_REQUEST',
  401: 'UNAUTHENTICATED: access token missing, invalid or expired, or its session closed',
  403: 'FORBIDDEN: your role does not allow this action',
  404: 'NOT_FOUND: unknown id, or a record outside your scope (never 403 for that)',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'MALFORMED_REQUEST: a path parameter over 100 characters (no id is that long)',
  422: 'The request is understood but the business rules refuse it',
  429: 'RATE_LIMITED: try again later (details: retryAfterSeconds when known)',
};

// Decorators cannot write a response without hiding Nest's default success response (a method's
// responses replace it), nor write `security: []` (empty metadata is dropped). They leave these
// markers instead, and finishDocument() turns them into responses and security, in one place.
const ERROR_MARK = 'x-parcours-error-';
const PUBLIC_MARK = 'x-parcours-public';

/**
 * The 4xx errors an operation (or every operation of a controller) answers, each with the ErrorDto
 * body: `@ApiErrors(409)`, or `@ApiErrors([409, 'STALE_VERSION'])` to say which. The method's wins
 * over its controller's. 401, 403 (@Roles), 429 (@Expensive), 400 for operations with input and 404
 * for those with a path id are added by the decorators and the document step themselves.
 */
export const ApiErrors = (...errors: Array<ErrorStatus | [ErrorStatus, string]>) =>
  applyDecorators(
    ...errors.map((error) => {
      const [status, description] = Array.isArray(error) ? error : [error, DEFAULT_DESCRIPTION[error]];
      return ApiExtension(`${ERROR_MARK}${status}`, description);
    }),
  );

/** Marks a route as open to anonymous callers in the document (security: []); used by @Public(). */
export const ApiPublic = () => ApiExtension(PUBLIC_MARK, true);

type Operation = Record<string, unknown> & {
  operationId?: string;
  parameters?: Array<{ in: string }>;
  requestBody?: unknown;
  responses: Record<string, unknown>;
  security?: unknown[];
};
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function errorResponse(description: string) {
  return { description, content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorDto) } } } };
}

/** Turns the decorators' markers into responses and security, and adds the errors every route of a kind answers. */
export function finishDocument(document: OpenAPIObject): OpenAPIObject {
  const ids = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (!operation) continue;
      if (operation.operationId) {
        if (ids.has(operation.operationId)) throw new Error(`Duplicate operationId ${operation.operationId} (${method} ${path})`);
        ids.add(operation.operationId);
      }
      const errors = new Map<number, string>();
      const isPublic = operation[PUBLIC_MARK] === true;
      delete operation[PUBLIC_MARK];
      for (const key of Object.keys(operation).filter((k) => k.startsWith(ERROR_MARK))) {
        errors.set(Number(key.slice(ERROR_MARK.length)), String(operation[key]));
        delete operation[key];
      }
      // The global ValidationPipe and the id pipes answer 400 to any bad input; the global guard 401. A
      // body sent where none is expected is still parsed: malformed or too deep JSON is a 400 on any write.
      const parameters = operation.parameters ?? [];
      if (operation.requestBody || parameters.length > 0 || method !== 'get') errors.set(400, errors.get(400) ?? DEFAULT_DESCRIPTION[400]);
      if (parameters.some((p) => p.in === 'path')) {
        errors.set(404, errors.get(404) ?? DEFAULT_DESCRIPTION[404]);
        errors.set(414, errors.get(414) ?? DEFAULT_DESCRIPTION[414]);
      }
      if (isPublic) operation.security = [];
      else errors.set(401, errors.get(401) ?? DEFAULT_DESCRIPTION[401]);
      for (const status of [...errors.keys()].sort()) {
        operation.responses[String(status)] ??= errorResponse(errors.get(status)!);
      }
    }
  }
  return document;
}

/**
 * The OpenAPI document of the API, as served at /api/docs-json and exported to the web app by
 * `npm run openapi` (apps/api/src/cli/export-openapi.ts): both call this function.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Parcours API')
    .setDescription('Case management for Logement d’abord territories. Errors: { statusCode, code, message, details }.')
    .setVersion('0.1.0')
    // Paths carry the /api prefix; the API and the web app share one origin.
    .addServer('/')
    .addBearerAuth()
    .addSecurityRequirements('bearer')
    .build();
  // Operation ids stay Nest's `HouseholdsController_create`: unique (finishDocument checks) and stable while names are.
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ErrorDto] });
  return finishDocument(document);
}
