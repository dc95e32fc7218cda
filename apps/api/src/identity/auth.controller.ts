import { Actor } from '@app/core';
import { AuthService, ChangePasswordDto, LoginDto, RefreshDto, TokenPairDto, UserDto, UsersService } from '@app/identity';
import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentActor, Public, requestIdOf } from '../http/decorators';
import { ApiErrors } from '../http/openapi';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in with e-mail and password', description: 'Rate limited per account and per client address.' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiErrors(
    [401, 'UNAUTHENTICATED: same answer for an unknown account, a wrong password and a deactivated user'],
    [429, 'RATE_LIMITED: too many failures for this account or attempts from this address'],
  )
  login(@Body() dto: LoginDto, @Req() request: FastifyRequest): Promise<TokenPairDto> {
    return this.auth.login(dto.email, dto.password, { requestId: requestIdOf(request), clientAddress: request.ip });
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a refresh token for a new pair (the old one is used up)' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiErrors([401, 'UNAUTHENTICATED: unknown, expired or already used refresh token (a reused one revokes its session)'])
  refresh(@Body() dto: RefreshDto): Promise<TokenPairDto> {
    return this.auth.refresh(dto.refreshToken);
  }

  @ApiBearerAuth()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke this session’s refresh tokens' })
  @ApiNoContentResponse()
  logout(@CurrentActor() actor: Actor, @Body() dto: RefreshDto): Promise<void> {
    return this.auth.logout(actor, dto.refreshToken);
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
}
