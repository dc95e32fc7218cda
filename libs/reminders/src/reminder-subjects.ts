import { EntityManager } from 'typeorm';
import type { RemindersRepository } from './reminders.repository';

/** The file a reminder is about, as the outbox names it (`aggregateType`). */
export const SUBJECT_TYPES = ['household', 'pecule_enrolment', 'pecule_programme', 'arrears_file', 'convention'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** What reminders need of a file: its territory, the reference they show, who follows it. */
export interface ReminderSubjectRecord {
  id: string;
  territoryId: string;
  /** Shown instead of a name: `M-000123`, `J-000012`, `A-000042`, a programme's name, a convention's key. */
  reference: string;
  /** Who gets the reminders addressed to the referent; null when the file has none. */
  referentUserId: string | null;
  /** The team inbox of the file. */
  organisationId: string;
}

/**
 * How reminders read one kind of file. The context that owns the file implements it over its own
 * tables (libs/pathway for households, libs/pecule for enrolments and programmes, libs/arrears,
 * libs/convention): reminders name no other context's table. One query for all the ids.
 */
export interface ReminderSubjectSource {
  readonly type: SubjectType;
  subjectsOf(manager: EntityManager, ids: string[]): Promise<ReminderSubjectRecord[]>;
}

/** DI token of the sources, one per subject type: collected where the modules are composed (libs/jobs). */
export const REMINDER_SUBJECT_SOURCES = Symbol('REMINDER_SUBJECT_SOURCES');

export interface Subject {
  type: SubjectType;
  territoryId: string;
  reference: string;
  referentUserId: string | null;
  organisationId: string;
  suspendedUntil: Date | null;
}

/** The sources by subject type; fails (at start-up) unless each type has exactly one. */
export function sourcesByType(sources: ReminderSubjectSource[]): ReadonlyMap<SubjectType, ReminderSubjectSource> {
  const byType = new Map<SubjectType, ReminderSubjectSource>();
  for (const source of sources) {
    if (byType.has(source.type)) throw new Error(`Reminders: two subject sources for ${source.type}`);
    byType.set(source.type, source);
  }
  const missing = SUBJECT_TYPES.filter((type) => !byType.has(type));
  if (missing.length > 0) throw new Error(`Reminders: no subject source for ${missing.join(', ')}`);
  return byType;
}

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

/**
 * The files of these events, by id: one query per kind of file (by the context that owns it), then
 * one for their suspensions (reminders' own table).
 */
export async function loadSubjects(
  manager: EntityManager,
  sources: ReadonlyMap<SubjectType, ReminderSubjectSource>,
  reminders: RemindersRepository,
  files: Array<{ type: SubjectType; id: string }>,
): Promise<Map<string, Subject>> {
  const subjects = new Map<string, Subject>();
  for (const type of SUBJECT_TYPES) {
    const ids = [...new Set(files.filter((f) => f.type === type).map((f) => f.id))];
    if (ids.length === 0) continue;
    for (const record of await sources.get(type)!.subjectsOf(manager, ids)) {
      subjects.set(record.id, {
        type,
        territoryId: record.territoryId,
        reference: record.reference,
        referentUserId: record.referentUserId,
        organisationId: record.organisationId,
        suspendedUntil: null,
      });
    }
  }
  const suspensions = await reminders.suspensionsOf(manager, [...subjects.keys()]);
  for (const [id, until] of suspensions) subjects.get(id)!.suspendedUntil = until;
  return subjects;
}
