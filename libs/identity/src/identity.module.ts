import { AuditModule } from '@app/audit';
import { AppConfig } from '@app/config';
import { Clock } from '@app/core';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AccessPolicy } from './access-policy';
import { AuthService } from './auth.service';
import { LoginLimiter } from './login-limiter';
import { OrganisationsService } from './organisations.service';
import { UsersService } from './users.service';

@Module({
  imports: [
    AuditModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.auth.jwtSecret,
        signOptions: { algorithm: 'HS256', issuer: 'parcours' },
        verifyOptions: { algorithms: ['HS256'], issuer: 'parcours' },
      }),
    }),
  ],
  providers: [AccessPolicy, AuthService, LoginLimiter, OrganisationsService, UsersService, Clock],
  exports: [AccessPolicy, AuthService, OrganisationsService, UsersService],
})
export class IdentityModule {}
