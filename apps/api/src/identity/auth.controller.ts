import { AppConfig } from '@app/config';
import { Actor, DomainError } from '@app/core';
import {
  AccessTokenDto,
  AuthService,
  ChangePasswordDto,
  LoginDto,
  RefreshDto,
  TokenPair,
  TokenPairDto,
  UserDto,
  UsersService,
} from '@app/identity';
import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { readCookie, serverCookie } from '../http/cookies';
import { CurrentActor, Public, requestIdOf } from '../http/decorators';
import { ApiErrors } from '../http/openapi';
import { API_PREFIX } from '../http/prefix';

/** The browser's refresh token: HttpOnly (no script reads it), sent only to the auth routes. */
export const REFRESH_COOKIE = 'parcours_refresh';
export const REFRESH_COOKIE_PATH = `/${API_PREFIX}/auth`;

/**
 * Anti-CSRF for the requests that spend the refresh cookie (refresh, logout). SameSite=Strict
 * already keeps the cookie off cross-site requests; a custom header also rules out a same-site but
 * foreign origin (another subdomain): forms and images cannot set headers, and a cross-origin fetch
 * that sets one needs a CORS preflight, which the API refuses (CORS is off unless CORS_ORIGINS lists
 * the origin, and it never allows credentials). Preferred over comparing `Origin` with PUBLIC_URL,
 * which some requests lack and which differs behind a proxy or the Vite dev server. Login needs no
 * header: it sets the cookie without reading it, and a cross-site page cannot post its JSON body
 * (forms send no application/json; a cross-origin fetch that does needs a preflight).
 */
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_HEADER_VALUE = 'parcours';

const COOKIE_MODE = `Browsers: \`POST ${REFRESH_COOKIE_PATH}/login\` with \`session: "cookie"\` sets the HttpOnly cookie \`${REFRESH_COOKIE}\` (SameSite=Strict, Path=${REFRESH_COOKIE_PATH}) instead of returning the refresh token; refresh and logout without a body token then use that cookie. Refresh and logout by cookie must carry \`X-Requested-With: ${CSRF_HEADER_VALUE}\` (403 otherwise).`;
const CSRF_HEADER_DOC = {
  name: 'X-Requested-With',
  required: false,
  description: `Must be \`${CSRF_HEADER_VALUE}\` when the refresh cookie is used (refresh, logout)`,
};

@ApiTags('auth')
@ApiExtraModels(AccessTokenDto, TokenPairDto)
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Log in with e-mail and password',
    description: `Rate limited per account and per client address. ${COOKIE_MODE}`,
  })
  @ApiOkResponse({
    description: 'A token pair (`session: "body"`), or the access token alone and the refresh cookie (`session: "cookie"`)',
    schema: { anyOf: [{ $ref: getSchemaPath(TokenPairDto) }, { $ref: getSchemaPath(AccessTokenDto) }] },
    headers: { 'Set-Cookie': { description: `\`${REFRESH_COOKIE}\`, with \`session: "cookie"\``, schema: { type: 'string' } } },
  })
  @ApiErrors(
    [401, 'UNAUTHENTICATED: same answer for an unknown account, a wrong password and a deactivated user'],
    [429, 'RATE_LIMITED: too many failures for this account or attempts from this address'],
  )
  async login(
    @Body() dto: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenPairDto | AccessTokenDto> {
    const cookieMode = dto.session === 'cookie';
    const tokens = await this.auth.login(dto.email, dto.password, { requestId: requestIdOf(request), clientAddress: request.ip });
    return cookieMode ? this.answerWithCookie(reply, tokens) : tokens;
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Exchange a refresh token for a new pair (the old one is used up)',
    description: `A used, revoked or expired token answers 401 and revokes its whole session when it was already used. ${COOKIE_MODE} A refused cookie is cleared.`,
  })
  @ApiHeader(CSRF_HEADER_DOC)
  @ApiOkResponse({
    description: 'A token pair (body token), or the access token alone and a new refresh cookie (cookie)',
    schema: { anyOf: [{ $ref: getSchemaPath(TokenPairDto) }, { $ref: getSchemaPath(AccessTokenDto) }] },
    headers: { 'Set-Cookie': { description: `The next \`${REFRESH_COOKIE}\` (cookie sessions)`, schema: { type: 'string' } } },
  })
  @ApiErrors(
    [
      401,
      'UNAUTHENTICATED: unknown, expired or already used refresh token (a reused one revokes its session); a refused cookie is cleared',
    ],
    [403, 'FORBIDDEN: the refresh cookie without the X-Requested-With header'],
  )
  async refresh(
    @Body() dto: RefreshDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenPairDto | AccessTokenDto> {
    if (dto.refreshToken) return this.auth.refresh(dto.refreshToken);
    const cookie = this.refreshCookieOf(request);
    let tokens: TokenPair;
    try {
      tokens = await this.auth.refresh(cookie);
    } catch (error) {
      // A refused cookie is of no further use: the browser forgets it (the error filter keeps this header).
      if (error instanceof DomainError && error.code === 'UNAUTHENTICATED') this.clearCookie(reply);
      throw error;
    }
    return this.answerWithCookie(reply, tokens);
  }

  @ApiBearerAuth()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke this session’s refresh tokens', description: `${COOKIE_MODE} The cookie is cleared.` })
  @ApiHeader(CSRF_HEADER_DOC)
  @ApiNoContentResponse({
    headers: { 'Set-Cookie': { description: `Clears \`${REFRESH_COOKIE}\` (cookie sessions)`, schema: { type: 'string' } } },
  })
  @ApiErrors([403, 'FORBIDDEN: the refresh cookie without the X-Requested-With header'])
  async logout(
    @CurrentActor() actor: Actor,
    @Body() dto: RefreshDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    if (dto.refreshToken) return this.auth.logout(actor, dto.refreshToken);
    const cookie = this.refreshCookieOf(request);
    await this.auth.logout(actor, cookie);
    this.clearCookie(reply);
  }

  @ApiBearerAuth()
  @Post('password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change my password; revokes all my refresh tokens' })
  @ApiNoContentResponse()
  changePassword(@CurrentActor() actor: Actor, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(actor, dto.currentPassword, dto.newPassword);
  }

  @ApiBearerAuth()
  @Get('me')
  @ApiOperation({ summary: 'My account' })
  @ApiOkResponse({ type: UserDto })
  me(@CurrentActor() actor: Actor): Promise<UserDto> {
    return this.users.get(actor, actor.userId);
  }

  /** The refresh cookie of a request without a body token: 400 when there is none, 403 without the anti-CSRF header. */
  private refreshCookieOf(request: FastifyRequest): string {
    const cookie = readCookie(request, REFRESH_COOKIE);
    if (!cookie) {
      throw DomainError.validation([{ field: 'refreshToken', problems: [`send it in the body or in the ${REFRESH_COOKIE} cookie`] }]);
    }
    this.assertCsrfHeader(request);
    return cookie;
  }

  private assertCsrfHeader(request: FastifyRequest): void {
    if (request.headers[CSRF_HEADER] !== CSRF_HEADER_VALUE) {
      throw new DomainError('FORBIDDEN', `A cookie session needs the header X-Requested-With: ${CSRF_HEADER_VALUE}`);
    }
  }

  private answerWithCookie(reply: FastifyReply, { refreshToken, ...access }: TokenPair): AccessTokenDto {
    const maxAge = this.config.auth.refreshTokenTtlDays * 86_400;
    void reply.header(
      'set-cookie',
      serverCookie(REFRESH_COOKIE, refreshToken, { path: REFRESH_COOKIE_PATH, maxAge, publicUrl: this.config.http.publicUrl }),
    );
    return access;
  }

  private clearCookie(reply: FastifyReply): void {
    void reply.header(
      'set-cookie',
      serverCookie(REFRESH_COOKIE, '', { path: REFRESH_COOKIE_PATH, maxAge: 0, publicUrl: this.config.http.publicUrl }),
    );
  }
}
