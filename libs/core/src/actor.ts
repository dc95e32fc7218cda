import { Role } from './roles';

/**
 * Who is acting, and from where: passed from controllers (or jobs) to services so that
 * every personal-data query can be scoped and audited without depending on HTTP.
 */
export interface Actor {
  userId: string;
  organisationId: string;
  territoryId: string;
  roles: readonly Role[];
  /** The login session (refresh-token family) the request's token belongs to. */
  sessionId?: string;
  requestId?: string;
  clientAddress?: string;
}
