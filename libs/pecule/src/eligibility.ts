import { HouseholdStatus, Resource } from '@app/pathway';
import { ageOn } from '@app/core';

export const ELIGIBILITY_RULES = ['birth_date_known', 'under_age_limit', 'no_resources', 'youth_team', 'housed'] as const;
export type EligibilityRule = (typeof ELIGIBILITY_RULES)[number];

export interface EligibilityInput {
  startsOn: string;
  birthDate: string | null;
  ageLimitYears: number;
  /** Months the schedule would pay: none when the age limit falls within the start month. */
  scheduledMonths: number;
  resources: readonly Resource[];
  /** The enrolling organisation is a youth team that follows the household. */
  followedByYouthTeam: boolean;
  /** On the start date, as the household's timeline shows it (null: the file was not open yet). */
  householdStatus: HouseholdStatus | null;
}

export interface FailedRule {
  rule: EligibilityRule;
  message: string;
}

/** Housed, or entering housing: allocated, lease signed, or followed in housing. */
const HOUSED: readonly HouseholdStatus[] = ['allocated', 'lease_signed', 'followed_in_housing'];

/** Every eligibility rule the young person fails at the start date; empty when eligible. */
export function eligibilityFailures(input: EligibilityInput): FailedRule[] {
  const failed: FailedRule[] = [];
  if (!input.birthDate) {
    failed.push({ rule: 'birth_date_known', message: 'the full birth date is needed to check the age limit' });
  } else if (ageOn(input.birthDate, input.startsOn) >= input.ageLimitYears || input.scheduledMonths === 0) {
    failed.push({ rule: 'under_age_limit', message: `must be under ${input.ageLimitYears} for at least the start month` });
  }
  if (input.resources.some((r) => r !== 'none')) {
    failed.push({ rule: 'no_resources', message: `declared resources: ${input.resources.filter((r) => r !== 'none').join(', ')}` });
  }
  if (!input.followedByYouthTeam) {
    failed.push({ rule: 'youth_team', message: 'the household must be accompanied by the youth team enrolling the young person' });
  }
  if (!input.householdStatus || !HOUSED.includes(input.householdStatus)) {
    failed.push({
      rule: 'housed',
      message: `must be housed or entering housing on the start date (household status then: ${input.householdStatus ?? 'not yet open'})`,
    });
  }
  return failed;
}
