import { normalizeName } from '@app/core';

export interface NamedPerson {
  firstName?: string | null;
  lastName?: string | null;
  alias?: string | null;
}

export function searchTextOf(persons: readonly NamedPerson[]): string {
  return persons
    .flatMap((p) => [p.firstName, p.lastName, p.alias])
    .filter((v): v is string => !!v)
    .map(normalizeName)
    .join(' ');
}

/** Coarse household type for indicators (no names, no ages). */
export function householdTypeOf(roles: readonly string[]): 'single' | 'couple' | 'single_parent' | 'couple_with_children' | 'other' {
  const adults = roles.filter((r) => r === 'reference' || r === 'spouse').length;
  const children = roles.filter((r) => r === 'child' || r === 'other_child').length;
  const others = roles.filter((r) => r === 'other_adult').length;
  if (others > 0) return 'other';
  if (adults === 1) return children === 0 ? 'single' : 'single_parent';
  if (adults === 2) return children === 0 ? 'couple' : 'couple_with_children';
  return 'other';
}
