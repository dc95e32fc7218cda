import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each link of a maraude encounter to a household, with the change it brings to the encounter's anonymous people. */
const LINKS = `SELECT l.encounter_id, l.household_id, e.organisation_id, e.territory_id, e.occurred_at,
                      CASE WHEN row_number() OVER (PARTITION BY l.encounter_id ORDER BY l.household_id) <= e.people_met THEN -1 ELSE 0 END AS change
                 FROM maraude_encounter_household l JOIN maraude_encounter e ON e.id = l.encounter_id`;
const SAME_LINK = (event: string, link: string) =>
  `${event}.type = 'maraude.encounter.linked' AND ${event}.payload->>'encounterId' = ${link}.encounter_id::text AND ${event}.payload->>'householdId' = ${link}.household_id::text`;
const UUID = `'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'`;

/**
 * Issue 17 §3. Facts carry the organisation of their event: taken from the source event's payload,
 * or from the file the event is about (household, arrears file, pécule enrolment, encounter); left
 * null where the retention purge already removed both. Persons spotted become people, not contacts:
 * every link of an encounter to a household gets its `maraude.encounter.linked` event (those linked
 * when the encounter was recorded or the file opened had none; the relay is told they are history),
 * the maraude events are projected again (the new `maraude_contacts` facts and the identified
 * persons). A person only spotted is no longer a household accompanied: those facts go, and the
 * first-fact flags of their households are recomputed. The covering indexes carry the organisation,
 * so that one team's figures are read from the index alone (bench/RESULTS.md).
 */
export class IndicatorFactOrganisation1796540000000 implements MigrationInterface {
  name = 'IndicatorFactOrganisation1796540000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "indicator_fact" ADD "organisation_id" uuid`);
    await this.coveringIndexes(queryRunner, ', "organisation_id"');

    // Maraude links: one event per link (a link announced twice keeps its first), then projected again.
    await queryRunner.query(
      `DELETE FROM outbox_event o USING outbox_event kept
        WHERE o.type = 'maraude.encounter.linked' AND kept.type = 'maraude.encounter.linked' AND kept.id < o.id
          AND o.payload->>'encounterId' = kept.payload->>'encounterId' AND o.payload->>'householdId' = kept.payload->>'householdId'`,
    );
    await queryRunner.query(
      `UPDATE outbox_event o
          SET payload = o.payload || jsonb_build_object('organisationId', l.organisation_id, 'anonymousPeopleChange', l.change), projected_at = NULL
         FROM (${LINKS}) l WHERE ${SAME_LINK('o', 'l')}`,
    );
    await queryRunner.query(
      `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, territory_id, occurred_at, payload, published_at)
       SELECT 'maraude.encounter.linked', 'maraude_encounter', l.encounter_id, l.territory_id, l.occurred_at,
              jsonb_build_object('encounterId', l.encounter_id, 'householdId', l.household_id, 'organisationId', l.organisation_id, 'anonymousPeopleChange', l.change),
              now()
         FROM (${LINKS}) l WHERE NOT EXISTS (SELECT 1 FROM outbox_event o WHERE ${SAME_LINK('o', 'l')})`,
    );
    await queryRunner.query(`UPDATE outbox_event SET projected_at = NULL WHERE type = 'maraude.encounter.recorded'`);

    // The organisation: the event's own, else that of the file it is about.
    await queryRunner.query(
      `UPDATE indicator_fact f SET organisation_id = (o.payload->>'organisationId')::uuid
         FROM outbox_event o WHERE o.id = f.source_event_id AND o.payload->>'organisationId' ~ ${UUID}`,
    );
    for (const [aggregateType, table] of [
      ['household', 'household'],
      ['arrears_file', 'arrears_file'],
      ['pecule_enrolment', 'pecule_enrolment'],
      ['maraude_encounter', 'maraude_encounter'],
    ]) {
      await queryRunner.query(
        `UPDATE indicator_fact f SET organisation_id = a.organisation_id
           FROM outbox_event o JOIN "${table}" a ON a.id = o.aggregate_id
          WHERE f.organisation_id IS NULL AND o.id = f.source_event_id AND o.aggregate_type = $1`,
        [aggregateType],
      );
    }

    // Only spotted: not accompanied. The households' first facts of each month, quarter and year are then others.
    const removed: Array<{ subject_token: string }> = await queryRunner.query(
      `DELETE FROM indicator_fact f USING outbox_event o
        WHERE f.indicator_code = 'households_accompanied' AND o.id = f.source_event_id
          AND ((o.type = 'household.opened' AND o.payload->>'status' = 'spotted') OR (o.type = 'household.closed' AND o.payload->>'from' = 'spotted'))
       RETURNING f.subject_token`,
    );
    const tokens = [...new Set(removed.map((r) => r.subject_token))];
    if (tokens.length > 0) {
      const first = (unit: string, bit: number) =>
        `CASE WHEN row_number() OVER (PARTITION BY indicator_code, territory_id, subject_token, date_trunc('${unit}', occurred_on) ORDER BY occurred_on, id) = 1 THEN ${bit} ELSE 0 END`;
      await queryRunner.query(
        `UPDATE indicator_fact f SET first_in = n.first_in
           FROM (SELECT id, ${first('month', 1)} + ${first('quarter', 2)} + ${first('year', 4)} AS first_in
                   FROM indicator_fact WHERE indicator_code = 'households_accompanied' AND subject_token = ANY($1::uuid[])) n
          WHERE f.id = n.id AND f.first_in <> n.first_in`,
        [tokens],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The facts of the new definitions go; a rebuild with the former catalogue brings back the spotted households.
    await queryRunner.query(
      `DELETE FROM indicator_fact WHERE indicator_code = 'maraude_contacts' OR (indicator_code = 'persons_spotted' AND subject_token IS NOT NULL)`,
    );
    await this.coveringIndexes(queryRunner, '');
    await queryRunner.query(`ALTER TABLE "indicator_fact" DROP COLUMN "organisation_id"`);
  }

  private async coveringIndexes(queryRunner: QueryRunner, organisation: string): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_indicator_fact_query"`);
    await queryRunner.query(
      `CREATE INDEX "ix_indicator_fact_query" ON "indicator_fact" ("indicator_code", "territory_id", "occurred_on") INCLUDE ("subject_token"${organisation})`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_indicator_fact_validity"`);
    await queryRunner.query(
      `CREATE INDEX "ix_indicator_fact_validity" ON "indicator_fact" ("indicator_code", "territory_id", "valid_to") INCLUDE ("occurred_on", "category"${organisation})`,
    );
  }
}
