/**
 * The naive baseline of the indicators benchmark: each catalogue indicator computed straight from
 * the operational tables ($1 territory ids, $2 from, $3 to), one statement each. These are the
 * statements the owning contexts run for the indicators' reconciliation (PathwayCountsRepository,
 * ArrearsFilesRepository's and the pécule repositories' counts), frozen here so that the baseline
 * stays the one earlier results were measured against. Days are the session's time zone's.
 */
const DAY = (column: string) => `(${column} AT TIME ZONE current_setting('TimeZone'))::date`;
const HOUSEHOLD_EVENTS = `household_event e JOIN household h ON h.id = e.household_id AND h.territory_id = ANY($1::uuid[])`;
/** Timeline rows that are pathway steps (a maraude encounter linked to the file is not). */
const PATHWAY_STEP = `e.type <> 'maraude.encounter.linked'`;
const IN_RANGE = (day: string) => `${day} BETWEEN $2::date AND $3::date`;
/** A person only spotted, who has not agreed to be followed, is not accompanied. */
const NOT_ONLY_SPOTTED = `NOT ((e.type = 'household.opened' AND e.payload->>'status' = 'spotted') OR (e.type = 'household.closed' AND e.payload->>'from' = 'spotted'))`;
const ENCOUNTER_IN_RANGE = `m.territory_id = ANY($1::uuid[]) AND ${IN_RANGE(DAY('m.occurred_at'))}`;

export const OPERATIONAL_COUNTS: Record<string, string> = {
  households_proposed: `SELECT count(DISTINCT e.household_id) FROM ${HOUSEHOLD_EVENTS}
                         WHERE e.type = 'commission.proposed' AND ${IN_RANGE(DAY('e.occurred_at'))}`,
  households_ordinary_housing: `SELECT count(DISTINCT e.household_id) FROM ${HOUSEHOLD_EVENTS}
                                 WHERE ((e.type = 'lease.signed' AND e.payload->>'leaseType' = 'direct') OR e.type = 'lease.slid')
                                   AND ${IN_RANGE(DAY('e.occurred_at'))}`,
  households_by_status: `SELECT count(*) FROM (
                           SELECT DISTINCT ON (e.household_id) coalesce(e.payload->>'to', e.payload->>'status') AS status, ${DAY('e.occurred_at')} AS day
                             FROM ${HOUSEHOLD_EVENTS} WHERE ${PATHWAY_STEP} AND ${DAY('e.occurred_at')} <= $3::date
                            ORDER BY e.household_id, e.occurred_at DESC, e.id DESC) s
                          WHERE NOT (s.status = 'closed' AND s.day < $2::date)`,
  households_accompanied: `SELECT count(DISTINCT e.household_id) FROM ${HOUSEHOLD_EVENTS}
                            WHERE ${PATHWAY_STEP} AND ${NOT_ONLY_SPOTTED} AND ${IN_RANGE(DAY('e.occurred_at'))}`,
  leases_signed: `SELECT count(DISTINCT e.household_id) FROM ${HOUSEHOLD_EVENTS} WHERE e.type = 'lease.signed' AND ${IN_RANGE(DAY('e.occurred_at'))}`,
  leases_bail_glissant: `SELECT count(DISTINCT e.household_id) FROM ${HOUSEHOLD_EVENTS}
                          WHERE e.type = 'lease.signed' AND e.payload->>'leaseType' = 'bail_glissant' AND ${IN_RANGE(DAY('e.occurred_at'))}`,
  bail_glissant_slid: `SELECT count(DISTINCT e.household_id) FROM ${HOUSEHOLD_EVENTS} WHERE e.type = 'lease.slid' AND ${IN_RANGE(DAY('e.occurred_at'))}`,
  days_opening_to_lease: `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ${DAY('e.occurred_at')} - ${DAY('h.opened_at')}) FROM ${HOUSEHOLD_EVENTS}
                           WHERE e.type = 'lease.signed' AND ${IN_RANGE(DAY('e.occurred_at'))}`,
  // The people met less those linked to a file (never below none), plus the persons linked, each once.
  persons_spotted: `SELECT (SELECT coalesce(sum(m.people_met - least(m.people_met, (SELECT count(*) FROM maraude_encounter_household l WHERE l.encounter_id = m.id))), 0)
                              FROM maraude_encounter m WHERE ${ENCOUNTER_IN_RANGE})
                         + (SELECT count(DISTINCT l.household_id) FROM maraude_encounter_household l JOIN maraude_encounter m ON m.id = l.encounter_id
                             WHERE ${ENCOUNTER_IN_RANGE})`,
  maraude_contacts: `SELECT coalesce(sum(m.people_met), 0) FROM maraude_encounter m WHERE ${ENCOUNTER_IN_RANGE}`,
  arrears_households_contacted: `SELECT count(DISTINCT c.file_id) FROM arrears_contact c JOIN arrears_file f ON f.id = c.file_id
                                  WHERE f.territory_id = ANY($1::uuid[]) AND c.party = 'tenant' AND c.reached AND ${IN_RANGE('c.contacted_on')}`,
  arrears_landlords_contacted: `SELECT count(DISTINCT f.landlord_id) FROM arrears_contact c JOIN arrears_file f ON f.id = c.file_id
                                 WHERE f.territory_id = ANY($1::uuid[]) AND c.party IN ('landlord', 'letting_agent') AND c.reached
                                   AND ${IN_RANGE('c.contacted_on')}`,
  // The debt given at opening was written in the file's transaction, hence with the same created_at.
  arrears_debt_at_opening: `SELECT count(*) FROM arrears_file f
                             WHERE f.territory_id = ANY($1::uuid[]) AND ${IN_RANGE('f.opened_on')}
                               AND EXISTS (SELECT 1 FROM arrears_debt d WHERE d.file_id = f.id AND d.created_at = f.created_at)`,
  // A solution keeps its start and its last change; a change in the period superseded by a later one is not seen here.
  arrears_responses: `SELECT count(DISTINCT s.file_id) FROM arrears_solution s JOIN arrears_file f ON f.id = s.file_id
                       WHERE f.territory_id = ANY($1::uuid[]) AND (${IN_RANGE('s.started_on')} OR (s.version > 1 AND ${IN_RANGE(DAY('s.updated_at'))}))`,
  arrears_outcomes: `SELECT count(*) FROM arrears_file f WHERE f.territory_id = ANY($1::uuid[]) AND ${IN_RANGE('f.closed_on')}`,
  pecule_young_people: `SELECT count(DISTINCT e.person_id) FROM pecule_enrolment e WHERE e.territory_id = ANY($1::uuid[]) AND ${IN_RANGE('e.starts_on')}`,
  pecule_amount_paid: `SELECT coalesce(sum(p.amount_cents), 0) FROM pecule_payment p
                        WHERE p.territory_id = ANY($1::uuid[]) AND p.status = 'paid' AND ${IN_RANGE('p.paid_on')}`,
  // Dated by the month paid for: a cancelled payment gives back in that same month what its validation took.
  pecule_envelope_consumed: `SELECT coalesce(sum(p.amount_cents), 0) FROM pecule_payment p
                              WHERE p.territory_id = ANY($1::uuid[]) AND p.status IN ('validated', 'transmitted', 'paid')
                                AND ${IN_RANGE("(p.month || '-01')::date")}`,
};
