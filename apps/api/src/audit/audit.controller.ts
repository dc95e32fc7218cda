import { AuditPageDto, AuditQueryDto, AuditService } from '@app/audit';
import { Actor } from '@app/core';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../http/decorators';
import { Expensive } from '../http/rate-limit';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit-entries')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Expensive()
  @Roles('admin')
  @ApiOperation({ summary: 'Search the audit trail of my territory, newest first (admin)' })
  @ApiOkResponse({ type: AuditPageDto })
  search(@CurrentActor() actor: Actor, @Query() query: AuditQueryDto): Promise<AuditPageDto> {
    return this.audit.search(actor, query);
  }
}
