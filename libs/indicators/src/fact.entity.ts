import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An anonymised fact: an indicator, a territory, a day, coarse dimensions, and the random token of
 * the subject it is about (counted once per period). Nothing in it identifies anyone; once the
 * subject's file is purged, nothing links the token back.
 */
@Entity('indicator_fact')
@Index('uq_indicator_fact_source', ['sourceEventId', 'indicatorCode'], { unique: true })
// Covering indexes (INCLUDE, which TypeORM cannot declare: created by the IndicatorCoveringIndexes
// and IndicatorFactOrganisation migrations), so that the national queries read the index alone:
// facts of a period, with their subject and organisation; state facts valid at a period's end, with
// their category and organisation.
@Index('ix_indicator_fact_query', { synchronize: false })
@Index('ix_indicator_fact_validity', { synchronize: false })
@Index('ix_indicator_fact_first_in_month', { synchronize: false })
@Index('ix_indicator_fact_first_in_quarter', { synchronize: false })
@Index('ix_indicator_fact_first_in_year', { synchronize: false })
@Index('ix_indicator_fact_subject', ['subjectToken'])
export class IndicatorFact {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  indicatorCode: string;

  @Column({ type: 'uuid' })
  territoryId: string;

  @Column({ type: 'date' })
  occurredOn: string;

  @Column({ type: 'uuid', nullable: true })
  subjectToken: string | null;

  @Column({ type: 'bigint', nullable: true })
  value: string | null;

  @Column({ type: 'text', nullable: true })
  ageBand: string | null;

  @Column({ type: 'text', nullable: true })
  householdType: string | null;

  @Column({ type: 'text', nullable: true })
  sex: string | null;

  @Column({ type: 'text', nullable: true })
  commune: string | null;

  @Column({ type: 'text', nullable: true })
  scheme: string | null;

  @Column({ type: 'text', nullable: true })
  category: string | null;

  /**
   * The organisation the event belongs to (the team that met people, holds the household's or the
   * arrears file, enrolled the young person), so that each team's figures are its own; null where
   * the event named none and its source was purged before facts carried it.
   */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  /**
   * State facts: the day the subject's next state began ('infinity' while it is the latest), so
   * that "the state at the end of a period" is one range condition, not a search for each subject's
   * latest fact.
   */
  @Column({ type: 'date', default: () => "'infinity'" })
  validTo: string;

  /**
   * Whether it is its subject's first fact (of this indicator and territory) in its calendar month
   * (bit 1), quarter (2) and year (4); kept by the projector, a late fact moves it. The distinct
   * subjects of a whole calendar period are then the flagged facts in it: a count of an index
   * range instead of hashing every subject.
   */
  @Column({ type: 'smallint', default: 0 })
  firstIn: number;

  /** The outbox event it came from: replaying the event finds the fact already there. */
  @Column({ type: 'bigint' })
  sourceEventId: string;
}

/**
 * The link from a subject (household, arrears household, landlord, young person) to its random
 * statistical token, with the coarse profile its later facts inherit. Deleted when the subject's
 * file is purged: the facts keep the token, nothing maps it back.
 */
@Entity('statistical_token')
export class StatisticalToken {
  @PrimaryColumn({ type: 'uuid' })
  subjectId: string;

  @Column({ type: 'text' })
  subjectKind: string;

  /** Random (gen_random_uuid() at first sight), never derived from an identifier. */
  @Column({ type: 'uuid', unique: true })
  token: string;

  @Column({ type: 'date', nullable: true })
  openedOn: string | null;

  @Column({ type: 'text', nullable: true })
  ageBand: string | null;

  @Column({ type: 'text', nullable: true })
  householdType: string | null;

  @Column({ type: 'text', nullable: true })
  sex: string | null;

  @Column({ type: 'text', nullable: true })
  commune: string | null;
}
