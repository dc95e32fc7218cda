import { ApiError, describeError, networkError } from './errors';

describe('describeError', () => {
  it('lists the steps still possible, in French, for an illegal step', () => {
    const error = new ApiError(409, 'ILLEGAL_TRANSITION', 'x', { status: 'closed', allowedSteps: ['household.reopened'] });
    expect(describeError(error)).toBe('Cette étape n’est pas possible à ce stade du parcours. Étapes possibles : Réouverture du dossier.');
  });

  it('says when to retry after a rate limit, and keeps the form on a network failure', () => {
    expect(describeError(new ApiError(429, 'RATE_LIMITED', 'x', null, 42))).toMatch(/Réessayez dans 42 s\.$/);
    expect(describeError(networkError(new TypeError('Failed to fetch')))).toMatch(/Votre saisie est conservée/);
  });

  it('never shows an English or empty message, whatever the code', () => {
    for (const code of ['SOMETHING_NEW', 'INTERNAL_ERROR', ''])
      expect(describeError(new ApiError(500, code, 'boom', null))).toMatch(/Une erreur inattendue/);
    expect(describeError(new Error('plain'))).toMatch(/Une erreur inattendue/);
  });

  it('reads field problems of a validation error by field path', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'x', [{ field: 'persons.0.birthDate', problems: ['a', 'b'] }, { nonsense: true }]);
    expect(error.fieldProblems).toEqual({ 'persons.0.birthDate': 'a ; b' });
  });
});
