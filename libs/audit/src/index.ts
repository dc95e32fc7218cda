export { AUDIT_ACTIONS, AuditAction, AuditEntry } from './audit-entry.entity';
export { AuditEntryDto, AuditPageDto, AuditQueryDto } from './audit-query.dto';
export { AuditModule } from './audit.module';
export { AuditRecord, AuditService } from './audit.service';
