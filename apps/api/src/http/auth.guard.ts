import { DomainError, Role } from '@app/core';
import { AuthService } from '@app/identity';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC, ParcoursRequest, requestIdOf, ROLES_KEY } from './decorators';

/**
 * Global guard: every route needs a valid access token unless marked @Public(); @Roles()
 * then restricts it to the listed roles. Sets `request.actor` for the handlers.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<ParcoursRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9._-]+)$/.exec(header) : null;
    if (!match) throw new DomainError('UNAUTHENTICATED', 'Access token is missing, invalid or expired');
    const claims = await this.auth.verifyAccessToken(match[1]);
    request.actor = {
      userId: claims.sub,
      sessionId: claims.sid,
      organisationId: claims.org,
      territoryId: claims.ter,
      roles: claims.roles,
      requestId: requestIdOf(request),
      clientAddress: request.ip,
    };
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (required && !required.some((role) => claims.roles.includes(role))) {
      throw new DomainError('FORBIDDEN', 'Your role does not allow this action', { requiredRoles: required });
    }
    return true;
  }
}
