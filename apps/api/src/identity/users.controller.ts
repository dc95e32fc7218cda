import { Actor } from '@app/core';
import { CreateUserDto, ListUsersQueryDto, UpdateUserDto, UserDto, UserPageDto, UsersService } from '@app/identity';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, uuidParam } from '../http/decorators';
import { ApiErrors } from '../http/openapi';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Users I may see: my organisation’s, or my territory’s for admins (audited)' })
  @ApiOkResponse({ type: UserPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: ListUsersQueryDto): Promise<UserPageDto> {
    return this.users.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One user (audited); another organisation’s user answers 404' })
  @ApiOkResponse({ type: UserDto })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<UserDto> {
    return this.users.get(actor, id);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create a user in an organisation of my territory (admin)' })
  @ApiCreatedResponse({ type: UserDto })
  @ApiErrors([404, 'NOT_FOUND: no such organisation in my territory'], [409, 'CONFLICT: e-mail already in use'])
  create(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto): Promise<UserDto> {
    return this.users.create(actor, dto);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Change a user’s name, roles or active flag (admin)' })
  @ApiOkResponse({ type: UserDto })
  @ApiErrors([409, 'STALE_VERSION (details: currentVersion)'])
  update(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() dto: UpdateUserDto): Promise<UserDto> {
    return this.users.update(actor, id, dto);
  }
}
