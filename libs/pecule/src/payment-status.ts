import { isAllowed } from '@app/core';
import { PAYMENT_FROM, PAYMENT_TO, PaymentAction, PaymentStatus } from './pecule.types';

export type PaymentTransition = { ok: true; to: PaymentStatus } | { ok: false; allowedFrom: readonly PaymentStatus[] };

export function paymentTransition(from: PaymentStatus, action: PaymentAction): PaymentTransition {
  return isAllowed(PAYMENT_FROM, from, action) ? { ok: true, to: PAYMENT_TO[action] } : { ok: false, allowedFrom: PAYMENT_FROM[action] };
}
