import { AuditService } from '@app/audit';
import { Actor } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ShareDto } from './dto/household.dto';
import { HouseholdAccess } from './household-access';
import { HouseholdFilesService } from './household-files.service';
import { HouseholdRules } from './household-rules';
import { HouseholdSharesRepository } from './household-shares.repository';
import { HouseholdsRepository } from './households.repository';
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
    private readonly households: HouseholdsRepository,
    private readonly shares: HouseholdSharesRepository,
  ) {}

  async share(actor: Actor, id: string, dto: ShareDto, add: boolean): Promise<HouseholdView> {
    await this.dataSource.transaction(async (manager) => {
      const { household } = await this.access.load(manager, actor, id);
      this.access.assertReferent(actor, household);
      await this.rules.assertOrganisationsOfTerritory(manager, actor, [dto.organisationId]);
      // The file's version moves on: a share is a change of the file.
      await this.households.update(manager, id, dto.version, {});
      if (add && dto.organisationId !== household.organisationId) await this.shares.share(manager, id, dto.organisationId);
      if (!add) await this.shares.unshare(manager, id, dto.organisationId);
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
