import { AuditService } from '@app/audit';
import { Actor } from '@app/core';
import { updateWithVersion } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ShareDto } from './dto/household.dto';
import { HouseholdAccess } from './household-access';
import { HouseholdFilesService } from './household-files.service';
import { HouseholdRules } from './household-rules';
import { HouseholdShare } from './household-share.entity';
import { Household } from './household.entity';
import { HouseholdView } from './household.view';

/** The organisations a file is shared with, beside its referent organisation (which alone manages them). */
@Injectable()
export class HouseholdSharesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: HouseholdAccess,
    private readonly rules: HouseholdRules,
    private readonly audit: AuditService,
    private readonly files: HouseholdFilesService,
  ) {}

  async share(actor: Actor, id: string, dto: ShareDto, add: boolean): Promise<HouseholdView> {
    await this.dataSource.transaction(async (manager) => {
      const { household } = await this.access.load(manager, actor, id);
      this.access.assertReferent(actor, household);
      await this.rules.assertOrganisationsOfTerritory(manager, actor, [dto.organisationId]);
      await updateWithVersion(manager, Household, id, dto.version, {}, 'Household');
      const repo = manager.getRepository(HouseholdShare);
      if (add && dto.organisationId !== household.organisationId)
        await repo.upsert({ householdId: id, organisationId: dto.organisationId }, ['householdId', 'organisationId']);
      if (!add) await repo.delete({ householdId: id, organisationId: dto.organisationId });
      await this.audit.record(
        actor,
        {
          action: 'update',
          resourceType: 'household',
          resourceId: id,
          details: { [add ? 'sharedWith' : 'unsharedWith']: dto.organisationId },
        },
        manager,
      );
    });
    return this.files.get(actor, id);
  }
}
