import { hash } from '@node-rs/argon2';
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { TestApp } from './app';

export const PASSWORD = 'test-password-long-enough';
let passwordHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  email: string;
  organisationId: string;
  territoryId: string;
  token: string;
}

/** A record the API created: its id and version, and the rest of the body as the API answered. */
export interface Created {
  id: string;
  version: number;
  [field: string]: unknown;
}

/** A date `days` before today (UTC), `YYYY-MM-DD`: well clear of the territory's day boundary for the defaults below. */
export const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Fresh records per test, one line each. Territories, organisations and users are written straight
 * to the database; the records of the contexts go through the API, as a user would create them (with
 * their events, audit entries and reminders), from a valid default body that `overrides` amends.
 */
export class Factory {
  constructor(private readonly app: TestApp) {}

  private get db(): Pool {
    return this.app.db;
  }

  async territory(name = 'Grand Chambéry'): Promise<string> {
    const id = randomUUID();
    await this.db.query('INSERT INTO territory (id, code, name) VALUES ($1, $2, $3)', [id, `t-${id.slice(0, 8)}`, name]);
    return id;
  }

  async organisation(territoryId: string, type = 'siao', name = `Org ${randomUUID().slice(0, 8)}`): Promise<string> {
    const id = randomUUID();
    await this.db.query('INSERT INTO organisation (id, territory_id, name, type) VALUES ($1, $2, $3, $4)', [id, territoryId, name, type]);
    return id;
  }

  /** Creates a user and logs in through the API. */
  async user(organisationId: string, roles: string[], options: { login?: boolean } = {}): Promise<TestUser> {
    passwordHash ??= hash(PASSWORD);
    const id = randomUUID();
    const email = `${roles[0]}-${id.slice(0, 8)}@test.parcours.example`;
    const { rows } = await this.db.query<{ territory_id: string }>('SELECT territory_id FROM organisation WHERE id = $1', [organisationId]);
    await this.db.query(
      'INSERT INTO app_user (id, organisation_id, territory_id, email, display_name, password_hash, roles) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [id, organisationId, rows[0].territory_id, email, `User ${id.slice(0, 8)}`, await passwordHash, roles],
    );
    const token = options.login === false ? '' : await this.login(email);
    return { id, email, organisationId, territoryId: rows[0].territory_id, token };
  }

  async login(email: string, password = PASSWORD): Promise<string> {
    const response = await this.app.http.post('/auth/login').send({ email, password });
    if (response.status !== 200) throw new Error(`login failed: ${response.status} ${JSON.stringify(response.body)}`);
    return (response.body as { accessToken: string }).accessToken;
  }

  /** A household file opened by `user` (SIAO demand, one reference person). */
  async household(user: TestUser, overrides: Record<string, unknown> = {}): Promise<Created> {
    const { household } = await this.create<{ household: Created }>(user, '/households', {
      entryChannel: 'siao_demand',
      livingSituation: 'emergency_shelter',
      consentDate: daysAgo(60),
      openedAt: `${daysAgo(60)}T10:00:00Z`,
      persons: [{ firstName: 'Jean', lastName: `Test${randomUUID().slice(0, 6)}`, birthYear: 1980, role: 'reference' }],
      ...overrides,
    });
    return household;
  }

  /** A maraude encounter recorded by an outreach worker. */
  encounter(user: TestUser, overrides: Record<string, unknown> = {}): Promise<Created> {
    return this.create(user, '/maraude-encounters', {
      occurredAt: `${daysAgo(1)}T21:00:00Z`,
      place: 'Parc du Verney',
      peopleMet: 2,
      ...overrides,
    });
  }

  /** A commission session planned by `user` (an SIAO worker or a secretary) for tomorrow, no landlord yet. */
  commissionSession(user: TestUser, overrides: Record<string, unknown> = {}): Promise<Created> {
    return this.create(user, '/commission-sessions', { sessionAt: `${daysAgo(-1)}T14:00:00Z`, landlordOrganisationIds: [], ...overrides });
  }

  /** A landlord in an arrears advisor's organisation. */
  landlord(user: TestUser, overrides: Record<string, unknown> = {}): Promise<Created> {
    return this.create(user, '/arrears/landlords', {
      kind: 'individual',
      name: `M. Roux ${randomUUID().slice(0, 6)}`,
      commune: '73065',
      ...overrides,
    });
  }

  /** An arrears file opened by an advisor, with its landlord and a first debt. */
  arrearsFile(user: TestUser, overrides: Record<string, unknown> = {}): Promise<Created> {
    return this.create(user, '/arrears/files', {
      tenantLastName: 'Martin',
      tenantFirstName: 'Claire',
      householdSize: 3,
      commune: '73065',
      rentCents: 62_000,
      chargesCents: 4_000,
      alertSource: 'landlord',
      openedOn: daysAgo(30),
      landlord: { kind: 'individual', name: `M. Roux ${randomUUID().slice(0, 6)}` },
      debt: { observedOn: daysAgo(30), amountCents: 132_000, monthsUnpaid: 2 },
      ...overrides,
    });
  }

  /** A pécule programme of a stipend manager, running from a year ago to a year ahead, with its first rules. */
  peculeProgramme(user: TestUser, overrides: Record<string, unknown> = {}): Promise<Created> {
    return this.create(user, '/pecule/programmes', {
      name: 'Pécule jeunes',
      startsOn: daysAgo(365),
      endsOn: daysAgo(-365),
      rules: {
        rulesVersion: '2025-1',
        deliberationDate: daysAgo(400),
        effectiveFrom: daysAgo(365),
        defaultMonthlyCents: 37_333,
        maxMonthlyCents: 50_000,
        maxDurationMonths: 18,
        ageLimitYears: 25,
      },
      ...overrides,
    });
  }

  private async create<T = Created>(user: TestUser, path: string, body: Record<string, unknown>): Promise<T> {
    const response = await this.app.http
      .post(path)
      .set({ authorization: `Bearer ${user.token}` })
      .send(body);
    if (response.status !== 201) throw new Error(`POST ${path} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as T;
  }
}
