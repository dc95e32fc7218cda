import { PeculeBankDetails, PeculeEnrolment, PeculeReview } from './enrolment.entity';
import { PeculeExport, PeculePayment } from './payment.entity';
import { PeculeProgramme, PeculeRuleSet } from './programme.entity';

export const PECULE_ENTITIES = [
  PeculeProgramme,
  PeculeRuleSet,
  PeculeEnrolment,
  PeculeBankDetails,
  PeculeReview,
  PeculePayment,
  PeculeExport,
];
