import { EntityManager } from 'typeorm';

/** The file a reminder is about, as the outbox names it (`aggregateType`). */
export const SUBJECT_TYPES = ['household', 'pecule_enrolment', 'pecule_programme', 'arrears_file', 'convention'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export interface Subject {
  type: SubjectType;
  territoryId: string;
  /** Shown instead of a name: `M-000123`, `J-000012`, `A-000042`, a programme's name. */
  reference: string;
  referentUserId: string | null;
  /** The team inbox of the file. */
  organisationId: string;
  suspendedUntil: Date | null;
}

/**
 * How to read each kind of file: its reference, referent and team. The other contexts' tables are
 * read here, in one place, so that the reminders lib stays the only one that knows them all.
 */
const SUBJECT_SQL: Record<SubjectType, string> = {
  household: `SELECT h.id, h.territory_id, h.reference, h.referent_user_id, h.organisation_id, s.until
                FROM household h LEFT JOIN reminder_suspension s ON s.subject_id = h.id WHERE h.id = ANY($1::uuid[])`,
  pecule_enrolment: `SELECT e.id, e.territory_id, e.reference, e.referent_user_id, e.organisation_id, s.until
                       FROM pecule_enrolment e LEFT JOIN reminder_suspension s ON s.subject_id = e.id WHERE e.id = ANY($1::uuid[])`,
  pecule_programme: `SELECT p.id, p.territory_id, p.name AS reference, NULL::uuid AS referent_user_id, p.managing_organisation_id AS organisation_id,
                            NULL::timestamptz AS until
                       FROM pecule_programme p WHERE p.id = ANY($1::uuid[])`,
  arrears_file: `SELECT f.id, f.territory_id, f.reference, f.advisor_user_id AS referent_user_id, f.organisation_id, s.until
                   FROM arrears_file f LEFT JOIN reminder_suspension s ON s.subject_id = f.id WHERE f.id = ANY($1::uuid[])`,
  convention: `SELECT c.id, c.territory_id, c.key AS reference, NULL::uuid AS referent_user_id, c.organisation_id, NULL::timestamptz AS until
                 FROM convention c WHERE c.id = ANY($1::uuid[])`,
};

// Pages of the web app (same origin as the API, outside its /api prefix): each file's page mirrors
// its API resource without the prefix, so a link reads /households/<id>, never /api/households/<id>.
const PATHS: Record<SubjectType, string> = {
  household: '/households/',
  pecule_enrolment: '/pecule/enrolments/',
  pecule_programme: '/pecule/programmes/',
  arrears_file: '/arrears/files/',
  convention: '/conventions/',
};

/** Where the file opens in the web app, for the link in an e-mail (after PUBLIC_URL). */
export function subjectPath(type: string, id: string): string {
  return (isSubjectType(type) ? PATHS[type] : '/households/') + id;
}

export function isSubjectType(value: string): value is SubjectType {
  return (SUBJECT_TYPES as readonly string[]).includes(value);
}

/** The files of these events, by id: one query per kind of file. */
export async function loadSubjects(manager: EntityManager, files: Array<{ type: SubjectType; id: string }>): Promise<Map<string, Subject>> {
  const subjects = new Map<string, Subject>();
  for (const type of SUBJECT_TYPES) {
    const ids = [...new Set(files.filter((f) => f.type === type).map((f) => f.id))];
    if (ids.length === 0) continue;
    const rows = await manager.query<
      Array<{
        id: string;
        territory_id: string;
        reference: string;
        referent_user_id: string | null;
        organisation_id: string;
        until: Date | null;
      }>
    >(SUBJECT_SQL[type], [ids]);
    for (const row of rows) {
      subjects.set(row.id, {
        type,
        territoryId: row.territory_id,
        reference: row.reference,
        referentUserId: row.referent_user_id,
        organisationId: row.organisation_id,
        suspendedUntil: row.until,
      });
    }
  }
  return subjects;
}
