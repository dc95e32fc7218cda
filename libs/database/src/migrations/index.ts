import { AppConfig } from '@app/config';
import { FieldCipher } from '@app/core';
import { Foundation1795413844679 } from './1795413844679-Foundation';
import { Pathway1795416234411 } from './1795416234411-Pathway';
import { HouseholdListIndexes1795430017981 } from './1795430017981-HouseholdListIndexes';
import { Reminders1795430529212 } from './1795430529212-Reminders';
import { ReminderDigest1795433134056 } from './1795433134056-ReminderDigest';
import { Pecule1795435124072 } from './1795435124072-Pecule';
import { Arrears1795436903170 } from './1795436903170-Arrears';
import { Indicators1795438073774 } from './1795438073774-Indicators';
import { IndicatorStateValidity1795441744749 } from './1795441744749-IndicatorStateValidity';
import { IndicatorCoveringIndexes1795451000000 } from './1795451000000-IndicatorCoveringIndexes';
import { IndicatorFirstFacts1795452000000 } from './1795452000000-IndicatorFirstFacts';
import { sealBankDetails } from './1795460000000-SealBankDetails';
import { IdempotencyKeys1796032944050 } from './1796032944050-IdempotencyKeys';
import { AuditRetentionOwned1796100000000 } from './1796100000000-AuditRetentionOwned';
import { EncounterNote1796200000000 } from './1796200000000-EncounterNote';
import { EnvelopeByMonthPaid1796300000000 } from './1796300000000-EnvelopeByMonthPaid';
import { CommuneCodes1796400000000 } from './1796400000000-CommuneCodes';
import { ArrearsLaw1796500000000 } from './1796500000000-ArrearsLaw';
import { IndicatorFactOrganisation1796540000000 } from './1796540000000-IndicatorFactOrganisation';
import { AllocationDeadlines1796510000000 } from './1796510000000-AllocationDeadlines';
import { Convention1796530000000 } from './1796530000000-Convention';
import { SiaoFile1796520000000 } from './1796520000000-SiaoFile';
import { PaymentVersion1796580000000 } from './1796580000000-PaymentVersion';
import { PeculeEndReasonCej1796590000000 } from './1796590000000-PeculeEndReasonCej';
import { AgeBandCodes1796600000000 } from './1796600000000-AgeBandCodes';
import { PeculeProgrammeTimezone1796601000000 } from './1796601000000-PeculeProgrammeTimezone';

/**
 * Every migration, in order. TypeORM's glob loading breaks in bundled builds, so list them; a
 * migration that needs a setting (the data key) is built around it.
 */
export const migrations = (config: AppConfig) => [
  Foundation1795413844679,
  Pathway1795416234411,
  HouseholdListIndexes1795430017981,
  Reminders1795430529212,
  ReminderDigest1795433134056,
  Pecule1795435124072,
  Arrears1795436903170,
  Indicators1795438073774,
  IndicatorStateValidity1795441744749,
  IndicatorCoveringIndexes1795451000000,
  IndicatorFirstFacts1795452000000,
  sealBankDetails(new FieldCipher(config.dataKeys)),
  IdempotencyKeys1796032944050,
  AuditRetentionOwned1796100000000,
  EncounterNote1796200000000,
  EnvelopeByMonthPaid1796300000000,
  CommuneCodes1796400000000,
  ArrearsLaw1796500000000,
  AllocationDeadlines1796510000000,
  SiaoFile1796520000000,
  Convention1796530000000,
  IndicatorFactOrganisation1796540000000,
  PaymentVersion1796580000000,
  PeculeEndReasonCej1796590000000,
  AgeBandCodes1796600000000,
  PeculeProgrammeTimezone1796601000000,
];
