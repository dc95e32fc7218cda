import { CommissionProposal, CommissionSession } from './commission.entity';
import { HouseholdEvent } from './household-event.entity';
import { HouseholdImport } from './household-import.entity';
import { HouseholdNote } from './household-note.entity';
import { HouseholdShare } from './household-share.entity';
import { Household } from './household.entity';
import { MaraudeEncounter } from './maraude-encounter.entity';
import { Person } from './person.entity';
import { SiaoEvaluation } from './siao-evaluation.entity';

export const PATHWAY_ENTITIES = [
  Household,
  Person,
  HouseholdShare,
  HouseholdNote,
  HouseholdEvent,
  SiaoEvaluation,
  CommissionSession,
  CommissionProposal,
  MaraudeEncounter,
  HouseholdImport,
];
