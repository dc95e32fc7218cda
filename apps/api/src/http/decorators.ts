import { Actor, Role } from '@app/core';
import { applyDecorators, createParamDecorator, ExecutionContext, ParseUUIDPipe, SetMetadata } from '@nestjs/common';
import { DomainError } from '@app/core';
import type { FastifyRequest } from 'fastify';
import { ApiErrors, ApiPublic } from './openapi';

export const IS_PUBLIC = 'parcours:public';
export const ROLES_KEY = 'parcours:roles';

/** Opens a route to anonymous callers (routes are authenticated by default); the document says `security: []`. */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiPublic());

/** Restricts a route to users holding at least one of these roles (403 otherwise, documented). */
export const Roles = (...roles: Role[]) => applyDecorators(SetMetadata(ROLES_KEY, roles), ApiErrors(403));

export type ParcoursRequest = FastifyRequest & { actor?: Actor };

/** The authenticated actor, with request id and client address for the audit trail. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<ParcoursRequest>().actor;
  if (!actor) throw new DomainError('UNAUTHENTICATED', 'Authentication required');
  return actor;
});

/** Id path parameter: anything but a UUID is a validation error naming the field. */
export const uuidParam = (field = 'id') =>
  new ParseUUIDPipe({
    exceptionFactory: () => DomainError.validation([{ field, problems: [`${field} must be a UUID`] }]),
  });

/** The request id (from a sane incoming x-request-id, or generated), as logged and returned. */
export function requestIdOf(request: FastifyRequest): string {
  return request.id;
}
