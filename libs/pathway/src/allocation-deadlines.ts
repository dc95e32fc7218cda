import { addDays, addMonths } from '@app/core';

/** A deadline chosen by the user, or the configured default, or the reason it is refused. */
export type DeadlineChoice = { ok: true; dueOn: string } | { ok: false; problem: string };

/**
 * The household's answer deadline to an offer made on `offeredOn` (CCH R441-10): the requested
 * date, or `defaultDays` later; never fewer than `minimumDays` after the offer.
 */
export function offerAnswerDueOn(
  offeredOn: string,
  requested: string | undefined,
  rule: { defaultDays: number; minimumDays: number },
): DeadlineChoice {
  const earliest = addDays(offeredOn, rule.minimumDays);
  if (requested === undefined) return { ok: true, dueOn: addDays(offeredOn, rule.defaultDays) };
  if (requested < earliest)
    return { ok: false, problem: `must be at least ${rule.minimumDays} days after the offer (${earliest} or later)` };
  return { ok: true, dueOn: requested };
}

/** The deadline for the missing document of an allocation under a suspensive condition decided on `decidedOn` (CCH R441-3 c). */
export function conditionDueOn(decidedOn: string, requested: string | undefined, rule: { defaultDays: number }): DeadlineChoice {
  if (requested === undefined) return { ok: true, dueOn: addDays(decidedOn, rule.defaultDays) };
  if (requested <= decidedOn) return { ok: false, problem: `must be after the allocation (${decidedOn})` };
  return { ok: true, dueOn: requested };
}

/**
 * The end of the bail glissant's review period running on `day`: the periods of `months` follow
 * one another from the lease's signature, as its tripartite agreement sets (CCH L442-8-3). A
 * review keyed in late or early does not shift them.
 */
export function nextReviewOn(leaseSignedOn: string, months: number, day: string): string {
  let periods = 1;
  // Whole months between the two dates bound the number of periods: start just below and step.
  const elapsed =
    (Number(day.slice(0, 4)) - Number(leaseSignedOn.slice(0, 4))) * 12 + Number(day.slice(5, 7)) - Number(leaseSignedOn.slice(5, 7));
  if (elapsed > months) periods = Math.floor((elapsed - 1) / months);
  while (addMonths(leaseSignedOn, periods * months) <= day) periods += 1;
  return addMonths(leaseSignedOn, periods * months);
}

/** The date by which the landlord tells the prefect whether it offers the sub-tenant a lease: `monthsBefore` the period's end (CCH L442-8-3). */
export function prefectNoticeDueOn(reviewOn: string, monthsBefore: number): string {
  return addMonths(reviewOn, -monthsBefore);
}
