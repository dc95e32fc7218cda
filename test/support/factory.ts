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

/** Fresh rows per test: territories, organisations and users written straight to the database. */
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
}
