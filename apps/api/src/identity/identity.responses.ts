import { Page } from '@app/core';
import { Organisation, OrganisationDto, User, UserDto, UserPageDto } from '@app/identity';

/*
 * Users and organisations as the API answers them, mapped field by field from the entities the
 * identity services read: a column added to an entity reaches a client only once it is declared here.
 */

export function toUserResponse(u: User): UserDto {
  return {
    id: u.id,
    organisationId: u.organisationId,
    territoryId: u.territoryId,
    email: u.email,
    displayName: u.displayName,
    roles: u.roles,
    active: u.active,
    version: u.version,
    passwordChangedAt: u.passwordChangedAt,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
  };
}

export function toUserPageResponse(page: Page<User>): UserPageDto {
  return { items: page.items.map(toUserResponse), nextCursor: page.nextCursor };
}

export function toOrganisationResponse(o: Organisation): OrganisationDto {
  return {
    id: o.id,
    territoryId: o.territoryId,
    name: o.name,
    type: o.type,
    active: o.active,
    version: o.version,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
}
