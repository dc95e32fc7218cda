import type { Household, Person } from '../api/types';

/** How a person is named on screen: names hidden by a restriction are said so, never guessed. */
export function personName(person: Person, namesHidden: boolean): string {
  if (namesHidden) return 'Nom masqué (dossier restreint)';
  const name = [person.firstName, person.lastName].filter(Boolean).join(' ');
  return name || (person.alias ? `« ${person.alias} »` : 'Sans nom');
}

function referencePerson(household: Household): Person | undefined {
  return household.persons.find((person) => person.isReference) ?? household.persons[0];
}

export function householdTitle(household: Household): string {
  const reference = referencePerson(household);
  const name = reference ? personName(reference, household.namesHidden) : 'Ménage';
  const others = household.persons.length - 1;
  return others > 0 ? `${name} + ${others}` : name;
}

/** Age in whole years on a date, from a birth date or a birth year. */
export function age(person: Person, on = new Date()): number | null {
  if (person.birthDate) {
    const [y, m, d] = person.birthDate.split('-').map(Number);
    let years = on.getFullYear() - y;
    if (on.getMonth() + 1 < m || (on.getMonth() + 1 === m && on.getDate() < d)) years -= 1;
    return years;
  }
  return person.birthYear ? on.getFullYear() - person.birthYear : null;
}
