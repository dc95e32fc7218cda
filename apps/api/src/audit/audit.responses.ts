import { AuditEntry, AuditPageDto } from '@app/audit';
import { Page } from '@app/core';

/** The audit trail as the API answers it, mapped field by field from the entries (their territory stays out: it is the reader's). */
export function toAuditPageResponse(page: Page<AuditEntry>): AuditPageDto {
  return {
    items: page.items.map((a) => ({
      id: a.id,
      occurredAt: a.occurredAt,
      userId: a.userId,
      organisationId: a.organisationId,
      action: a.action,
      resourceType: a.resourceType,
      resourceId: a.resourceId,
      requestId: a.requestId,
      clientAddress: a.clientAddress,
      details: a.details,
    })),
    nextCursor: page.nextCursor,
  };
}
