import { PAYMENT_TRANSITIONS, PaymentAction, PaymentStatus } from './pecule.types';

export type PaymentTransition = { ok: true; to: PaymentStatus } | { ok: false; allowedFrom: readonly PaymentStatus[] };

export function paymentTransition(from: PaymentStatus, action: PaymentAction): PaymentTransition {
  const rule = PAYMENT_TRANSITIONS[action];
  return rule.from.includes(from) ? { ok: true, to: rule.to } : { ok: false, allowedFrom: rule.from };
}
