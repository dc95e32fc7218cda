import { addDays, addMonths, anniversary, firstDayOfMonth, monthOf } from '@app/core';

export interface ScheduleInput {
  /** First day of the stipend. */
  startsOn: string;
  birthDate: string;
  maxDurationMonths: number;
  ageLimitYears: number;
}

/** One month of stipend: the period it covers and the calendar month it is paid in. */
export interface StipendMonth {
  /** `YYYY-MM` the payment belongs to (its treasury export). */
  month: string;
  periodStart: string;
  periodEnd: string;
}

export interface StipendSchedule {
  /** The day the person reaches the age limit. */
  ageLimitOn: string;
  /** The earlier of the maximum duration's last day and the last day of the month before the age limit. */
  plannedEndOn: string;
  /** The age limit, not the maximum duration, ends the stipend. */
  endsAtAgeLimit: boolean;
  months: StipendMonth[];
}

/**
 * The monthly schedule of a stipend. Periods are counted from the start day, each from the start
 * date plus k months (never from the previous period, so a start on the 31st pays on the 31st, the
 * 30th or the 28th/29th and comes back to the 31st). A period started before the planned end is
 * paid in full: the rules pay a month for each month of accompaniment begun, without proration.
 */
export function stipendSchedule(input: ScheduleInput): StipendSchedule {
  const ageLimitOn = anniversary(input.birthDate, input.ageLimitYears);
  const durationEnd = addDays(addMonths(input.startsOn, input.maxDurationMonths), -1);
  const beforeAgeLimit = addDays(firstDayOfMonth(monthOf(ageLimitOn)), -1);
  const plannedEndOn = durationEnd < beforeAgeLimit ? durationEnd : beforeAgeLimit;
  const months: StipendMonth[] = [];
  for (let k = 0; k < input.maxDurationMonths; k++) {
    const periodStart = addMonths(input.startsOn, k);
    if (periodStart > plannedEndOn) break;
    const nextStart = addDays(addMonths(input.startsOn, k + 1), -1);
    months.push({ month: monthOf(periodStart), periodStart, periodEnd: nextStart < plannedEndOn ? nextStart : plannedEndOn });
  }
  return { ageLimitOn, plannedEndOn, endsAtAgeLimit: beforeAgeLimit < durationEnd, months };
}
