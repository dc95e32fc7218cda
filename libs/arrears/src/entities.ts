import { ArrearsImport } from './alert-import.entity';
import { ArrearsContact, ArrearsDebt, ArrearsFile, ArrearsProcedureFact, ArrearsSolution, ArrearsStageRecord } from './arrears-file.entity';
import { ArrearsLandlord } from './landlord.entity';

export const ARREARS_ENTITIES = [
  ArrearsLandlord,
  ArrearsFile,
  ArrearsContact,
  ArrearsDebt,
  ArrearsSolution,
  ArrearsStageRecord,
  ArrearsProcedureFact,
  ArrearsImport,
];
