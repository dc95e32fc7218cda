import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { allowedSteps, HOUSEHOLD_STATUSES, HouseholdStatus, STEP_TYPES, StepType } from './household-status';
import type { Household } from './household.entity';
import {
  ENTRY_CHANNELS,
  EntryChannel,
  HOUSEHOLD_ROLES,
  HouseholdRole,
  LEASE_TYPES,
  LeaseType,
  LivingSituation,
  Need,
  Resource,
  Sex,
} from './pathway.types';
import type { Person } from './person.entity';

export class PersonView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: HOUSEHOLD_ROLES }) role: HouseholdRole;
  @ApiProperty() isReference: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Amina' }) firstName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Benali' }) lastName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) alias: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '1986-04-12' }) birthDate: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, example: 1986 }) birthYear: number | null;
  @ApiProperty({ example: 'female' }) sex: Sex;
}

export class HouseholdView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'M-000042' }) reference: string;
  @ApiProperty({ enum: HOUSEHOLD_STATUSES }) status: HouseholdStatus;
  @ApiProperty({ enum: STEP_TYPES, isArray: true, description: 'Steps allowed from the current status' }) allowedSteps: StepType[];
  @ApiProperty({ example: 3 }) version: number;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) referentUserId: string | null;
  @ApiProperty({ type: [String] }) sharedWithOrganisationIds: string[];
  @ApiProperty({ enum: ENTRY_CHANNELS }) entryChannel: EntryChannel;
  @ApiProperty({ example: 'street' }) livingSituation: LivingSituation;
  @ApiProperty({ type: [String], example: ['none'] }) resources: Resource[];
  @ApiProperty({ type: [String], example: ['administrative'] }) needs: Need[];
  @ApiPropertyOptional({ nullable: true, type: String }) consentDate: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) commune: string | null;
  @ApiProperty() restricted: boolean;
  @ApiProperty({ description: 'True when names are hidden from you (restricted file of another organisation)' }) namesHidden: boolean;
  @ApiProperty() openedAt: Date;
  @ApiProperty() lastStepAt: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) lastEvaluatedAt: Date | null;
  @ApiProperty({ description: 'Evaluated more than the configured validity ago' }) evaluationStale: boolean;
  @ApiPropertyOptional({ enum: LEASE_TYPES, nullable: true }) leaseType: LeaseType | null;
  @ApiPropertyOptional({ nullable: true, type: String }) leaseSignedOn: string | null;
  @ApiProperty({ type: [PersonView] }) persons: PersonView[];
}

export class HouseholdPageView {
  @ApiProperty({ type: [HouseholdView] }) items: HouseholdView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export function toPersonView(person: Person, hideNames: boolean): PersonView {
  return {
    id: person.id,
    role: person.role,
    isReference: person.isReference,
    firstName: hideNames ? null : person.firstName,
    lastName: hideNames ? null : person.lastName,
    alias: hideNames ? null : person.alias,
    birthDate: hideNames ? null : person.birthDate,
    birthYear: hideNames ? null : person.birthYear,
    sex: person.sex,
  };
}

export function toHouseholdView(h: Household, persons: Person[], shares: string[], hideNames: boolean, staleBefore: Date): HouseholdView {
  return {
    id: h.id,
    reference: h.reference,
    status: h.status,
    allowedSteps: allowedSteps(h.status),
    version: h.version,
    organisationId: h.organisationId,
    referentUserId: h.referentUserId,
    sharedWithOrganisationIds: shares,
    entryChannel: h.entryChannel,
    livingSituation: h.livingSituation,
    resources: h.resources,
    needs: h.needs,
    consentDate: h.consentDate,
    commune: h.commune,
    restricted: h.restricted,
    namesHidden: hideNames,
    openedAt: h.openedAt,
    lastStepAt: h.lastStepAt,
    lastEvaluatedAt: h.lastEvaluatedAt,
    evaluationStale: h.lastEvaluatedAt !== null && h.lastEvaluatedAt < staleBefore,
    leaseType: h.leaseType,
    leaseSignedOn: h.leaseSignedOn,
    persons: persons.map((p) => toPersonView(p, hideNames)),
  };
}
