import { createSecretKey } from 'node:crypto';
import { AuditModule } from '@app/audit';
import { AppConfig } from '@app/config';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessPolicy } from './access-policy';
import { AuthService } from './auth.service';
import { LiveSessions } from './live-sessions';
import { LoginLimiter } from './login-limiter';
import { Organisation } from './organisation.entity';
import { OrganisationsRepository } from './organisations.repository';
import { OrganisationsService } from './organisations.service';
import { RefreshToken } from './refresh-token.entity';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { TerritoriesRepository } from './territories.repository';
import { TerritoriesService } from './territories.service';
import { Territory } from './territory.entity';
import { User } from './user.entity';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [
    AuditModule,
    TypeOrmModule.forFeature([Territory, Organisation, User, RefreshToken]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        // A KeyObject built once: given a string, jsonwebtoken first tries to parse it as a PEM public
        // key on every verification, which cost a fifth of the API's CPU on authenticated reads.
        const key = createSecretKey(Buffer.from(config.auth.jwtSecret));
        return {
          secretOrKeyProvider: () => key,
          signOptions: { algorithm: 'HS256', issuer: 'parcours' },
          verifyOptions: { algorithms: ['HS256'], issuer: 'parcours' },
        };
      },
    }),
  ],
  providers: [
    UsersRepository,
    OrganisationsRepository,
    TerritoriesRepository,
    RefreshTokensRepository,
    AccessPolicy,
    AuthService,
    LiveSessions,
    LoginLimiter,
    OrganisationsService,
    TerritoriesService,
    UsersService,
  ],
  exports: [AccessPolicy, AuthService, OrganisationsService, TerritoriesService, UsersService],
})
export class IdentityModule {}
