import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../password';

/** Where the refresh token travels: in the JSON body (API clients) or in an HttpOnly cookie (the web app). */
export const SESSION_MODES = ['body', 'cookie'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

export class LoginDto {
  @ApiProperty({ example: 'siao@grand-chambery.example' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;

  @ApiPropertyOptional({
    enum: SESSION_MODES,
    default: 'body',
    description:
      '`body`: the refresh token is in the response body. `cookie` (browsers): it is set in the HttpOnly cookie ' +
      '`parcours_refresh` (Path=/api/auth) and left out of the body; the request must carry `X-Requested-With: parcours`.',
  })
  @IsOptional()
  @IsIn(SESSION_MODES)
  session?: SessionMode;
}

export class RefreshDto {
  @ApiPropertyOptional({
    description:
      'The refresh token returned by login or the previous refresh. Leave it out to use the `parcours_refresh` cookie ' +
      '(then `X-Requested-With: parcours` is required).',
  })
  @IsOptional()
  @IsString()
  @Length(10, 200)
  refreshToken?: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, example: 'a much longer passphrase' })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
  newPassword: string;
}

/** The answer of a cookie session's login and refresh: the refresh token is in the cookie, never in the body. */
export class AccessTokenDto {
  @ApiProperty({ example: 'Bearer' })
  tokenType: 'Bearer';

  @ApiProperty({ description: 'JWT to send as `Authorization: Bearer <token>`' })
  accessToken: string;

  @ApiProperty({ example: 900, description: 'Lifetime of the access token in seconds (refresh before it ends)' })
  expiresIn: number;
}

export class TokenPairDto extends AccessTokenDto {
  @ApiProperty({ description: 'Single-use token to obtain the next pair' })
  refreshToken: string;
}
