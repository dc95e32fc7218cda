import { EntityManager } from 'typeorm';
import { loadSubjects, ReminderSubjectSource, sourcesByType, SUBJECT_TYPES, SubjectType } from './reminder-subjects';
import { RemindersRepository } from './reminders.repository';

const manager = {} as EntityManager;

/** A source answering from a fixed list, recording the ids it was asked. */
function source(type: SubjectType, asked: string[][] = []): ReminderSubjectSource {
  return {
    type,
    subjectsOf: (_manager, ids) => {
      asked.push(ids);
      return Promise.resolve(
        ids.map((id) => ({ id, territoryId: 't1', reference: `${type}:${id}`, referentUserId: null, organisationId: 'o1' })),
      );
    },
  };
}

describe('reminder subject sources', () => {
  it('needs exactly one source per kind of file', () => {
    const all = SUBJECT_TYPES.map((type) => source(type));
    expect(sourcesByType(all).size).toBe(SUBJECT_TYPES.length);
    expect(() => sourcesByType(all.slice(1))).toThrow('no subject source for household');
    expect(() => sourcesByType([...all, source('convention')])).toThrow('two subject sources for convention');
  });

  it('asks each source once for its distinct ids, then reads the suspensions of the files found', async () => {
    const asked: string[][] = [];
    const sources = sourcesByType(SUBJECT_TYPES.map((type) => source(type, type === 'household' ? asked : [])));
    const until = new Date('2026-12-01T08:00:00Z');
    const suspensionsOf = jest.fn().mockResolvedValue(new Map([['h1', until]]));
    const repository = { suspensionsOf } as unknown as RemindersRepository;
    const subjects = await loadSubjects(manager, sources, repository, [
      { type: 'household', id: 'h1' },
      { type: 'household', id: 'h1' },
      { type: 'household', id: 'h2' },
      { type: 'arrears_file', id: 'a1' },
    ]);
    expect(asked).toEqual([['h1', 'h2']]);
    expect(suspensionsOf).toHaveBeenCalledWith(manager, ['h1', 'h2', 'a1']);
    expect(subjects.get('h1')).toEqual({
      type: 'household',
      territoryId: 't1',
      reference: 'household:h1',
      referentUserId: null,
      organisationId: 'o1',
      suspendedUntil: until,
    });
    expect(subjects.get('h2')?.suspendedUntil).toBeNull();
    expect(subjects.get('a1')?.type).toBe('arrears_file');
  });
});
