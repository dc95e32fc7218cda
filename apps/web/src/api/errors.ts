import { stepLabel } from '../ui/labels';

/** An error answered by the API (`{ statusCode, code, message, details }`), or the network's. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly apiMessage: string,
    readonly details: unknown,
    readonly retryAfterSeconds?: number,
  ) {
    super(`${status} ${code}: ${apiMessage}`);
    this.name = 'ApiError';
  }

  /** The request never got an answer: offline, or the server is down. */
  get isNetwork(): boolean {
    return this.status === 0;
  }

  /** Field problems of a 400, by field path (`persons.0.birthDate`). */
  get fieldProblems(): Record<string, string> {
    if (this.code !== 'VALIDATION_FAILED' || !Array.isArray(this.details)) return {};
    const fields: Record<string, string> = {};
    for (const item of this.details as Array<{ field?: unknown; problems?: unknown }>) {
      if (typeof item.field === 'string' && Array.isArray(item.problems)) fields[item.field] = item.problems.map(String).join(' ; ');
    }
    return fields;
  }
}

export function networkError(cause: unknown): ApiError {
  const error = new ApiError(0, 'NETWORK', 'No answer from the server', null);
  error.cause = cause;
  return error;
}

/** One table from error code to what a user reads. */
const MESSAGES: Record<string, string> = {
  VALIDATION_FAILED: 'Certains champs sont à corriger.',
  MALFORMED_REQUEST: 'La demande n’a pas pu être lue. Rechargez la page et réessayez.',
  UNAUTHENTICATED: 'Votre session a pris fin. Reconnectez-vous.',
  FORBIDDEN: 'Votre rôle ne permet pas cette action.',
  NOT_FOUND: 'Ce dossier n’existe pas ou ne vous est pas accessible.',
  CONFLICT:
    'Cette action ne correspond plus à l’état actuel du dossier (déjà enregistrée, ou faite entre-temps par quelqu’un d’autre). Rechargez la page.',
  STALE_VERSION: 'Quelqu’un d’autre a modifié ce dossier entre-temps.',
  ILLEGAL_TRANSITION: 'Cette étape n’est pas possible à ce stade du parcours.',
  NOT_ELIGIBLE: 'Les conditions ne sont pas remplies.',
  ENVELOPE_EXCEEDED: 'L’enveloppe ne suffit pas pour ce versement.',
  MISSED_INSTALMENT_REQUIRED:
    'Le juge a accordé des délais de paiement : le bail n’est résilié que si une échéance n’est pas payée (loi du 6 juillet 1989, art. 24 VII). Enregistrez d’abord l’échéance impayée avant le commandement de quitter les lieux.',
  NOTHING_TO_EXPORT: 'Il n’y a rien à exporter pour cette période.',
  PAYLOAD_TOO_LARGE: 'Le contenu envoyé est trop volumineux.',
  RATE_LIMITED: 'Trop de demandes en peu de temps.',
  SERVICE_UNAVAILABLE: 'Le service est momentanément indisponible. Votre saisie est conservée : réessayez dans un instant.',
  INTERNAL_ERROR: 'Une erreur inattendue est survenue. Votre saisie est conservée ; si cela se reproduit, prévenez l’administrateur.',
  IDEMPOTENCY_KEY_IN_PROGRESS: 'Cet envoi est déjà en cours de traitement.',
  IDEMPOTENCY_KEY_REUSED: 'Cet envoi a déjà été fait avec un contenu différent.',
  NETWORK: 'Pas de réponse du serveur : vérifiez la connexion. Votre saisie est conservée.',
};

/** What a user reads for an error, in French, with what they can do about it. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return MESSAGES.INTERNAL_ERROR;
  const base = MESSAGES[error.code] ?? MESSAGES.INTERNAL_ERROR;
  if (error.code === 'RATE_LIMITED' && error.retryAfterSeconds) return `${base} Réessayez dans ${error.retryAfterSeconds} s.`;
  if (error.code === 'ILLEGAL_TRANSITION') {
    const allowed = (error.details as { allowedSteps?: unknown } | null)?.allowedSteps;
    if (Array.isArray(allowed)) {
      return allowed.length === 0
        ? `${base} Aucune étape n’est possible depuis le statut actuel.`
        : `${base} Étapes possibles : ${allowed.map((step) => stepLabel(String(step))).join(', ')}.`;
    }
  }
  return base;
}
