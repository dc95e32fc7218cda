import { readFileSync } from 'node:fs';
import { registerDecorator, ValidationOptions } from 'class-validator';
import { normalizeName } from './text';

/**
 * The INSEE reference of current communes (the Code officiel géographique, through
 * @etalab/decoupage-administratif): workers choose a commune from it rather than typing free text,
 * so only codes and official names reach the indicators' cells. Loaded once, on first use.
 */
export interface Commune {
  /** INSEE code: 5 characters, `2A`/`2B` for Corsica (`2A004`). */
  code: string;
  name: string;
  departement: string;
  postalCodes: string[];
}

interface Reference {
  byCode: Map<string, Commune>;
  /** Normalised name → the communes of that name (several share one: "Saint-Martin"). */
  byName: Map<string, Commune[]>;
  /** Sorted by normalised name, for the prefix search. */
  sorted: Array<{ key: string; commune: Commune }>;
}

interface Entry {
  code: string;
  nom: string;
  departement: string;
  type: string;
  codesPostaux?: string[];
}

let reference: Reference | undefined;

function load(): Reference {
  if (reference) return reference;
  const entries = JSON.parse(readFileSync(require.resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8')) as Entry[];
  const byCode = new Map<string, Commune>();
  const byName = new Map<string, Commune[]>();
  const sorted: Reference['sorted'] = [];
  for (const e of entries) {
    if (e.type !== 'commune-actuelle') continue;
    const commune: Commune = { code: e.code, name: e.nom, departement: e.departement, postalCodes: e.codesPostaux ?? [] };
    const key = normalizeName(e.nom);
    byCode.set(commune.code, commune);
    byName.set(key, [...(byName.get(key) ?? []), commune]);
    sorted.push({ key, commune });
  }
  sorted.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.commune.code.localeCompare(b.commune.code)));
  reference = { byCode, byName, sorted };
  return reference;
}

export const COMMUNE_CODE = /^(?:\d{5}|2[AB]\d{3})$/;
export const COMMUNE_SEARCH_LIMIT = 20;

/** The commune of that INSEE code, or undefined. */
export function communeByCode(code: string): Commune | undefined {
  return typeof code === 'string' && COMMUNE_CODE.test(code) ? load().byCode.get(code) : undefined;
}

/** The official name of a code, or null (no code, or one the reference no longer knows). */
export function communeName(code: string | null | undefined): string | null {
  return code ? (communeByCode(code)?.name ?? null) : null;
}

export function isCommuneCode(value: unknown): boolean {
  return typeof value === 'string' && communeByCode(value) !== undefined;
}

/**
 * The communes whose name starts with the text (accents, case and punctuation ignored), or whose
 * code or a postal code starts with it, by name, at most `limit`.
 */
export function searchCommunes(text: string, options: { departement?: string; limit?: number } = {}): Commune[] {
  const limit = Math.min(options.limit ?? COMMUNE_SEARCH_LIMIT, COMMUNE_SEARCH_LIMIT);
  const { sorted, byCode } = load();
  const keep = (c: Commune) => !options.departement || c.departement === options.departement.toUpperCase();
  const digits = text.trim().toUpperCase();
  if (/^[0-9][0-9AB]?\d{0,3}$/.test(digits) && digits.length > 0) {
    const found = [...byCode.values()].filter(
      (c) => keep(c) && (c.code.startsWith(digits) || c.postalCodes.some((p) => p.startsWith(digits))),
    );
    return found.sort((a, b) => a.name.localeCompare(b.name, 'fr')).slice(0, limit);
  }
  const prefix = normalizeName(text);
  if (!prefix) return [];
  // Binary search to the first name at or after the prefix, then walk while it matches.
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle].key < prefix) low = middle + 1;
    else high = middle;
  }
  const found: Commune[] = [];
  for (let i = low; i < sorted.length && sorted[i].key.startsWith(prefix) && found.length < limit; i++)
    if (keep(sorted[i].commune)) found.push(sorted[i].commune);
  return found;
}

/** The code of the one commune of that name (accents and case ignored), or null when none or several. */
export function communeCodeByName(name: string): string | null {
  const matches = load().byName.get(normalizeName(name)) ?? [];
  return matches.length === 1 ? matches[0].code : null;
}

/** An INSEE code of the reference (`73065`, `2A004`): a 400 naming the field otherwise. */
export const IsCommuneCode = (options?: ValidationOptions) => (target: object, propertyName: string | symbol) =>
  registerDecorator({
    name: 'isCommuneCode',
    target: target.constructor,
    propertyName: String(propertyName),
    options: { message: '$property must be the INSEE code of a commune (e.g. 73065; see GET /communes)', ...options },
    validator: { validate: isCommuneCode },
  });
