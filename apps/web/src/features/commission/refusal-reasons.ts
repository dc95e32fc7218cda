import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { RefusalReason } from '../../api/types';

type Party = RefusalReason['appliesTo'][number];

/** The written refusal reasons one party may give (config/pathway.json): the commission, the landlord or the household. */
export function useRefusalReasons(party: Party) {
  const reasons = useQuery({
    queryKey: ['commission', 'refusal-reasons'],
    queryFn: async () => unwrap(await api.GET('/api/commission-refusal-reasons')),
    staleTime: Infinity,
  });
  return { ...reasons, data: reasons.data?.filter((r) => r.appliesTo.includes(party)) };
}

/** What a refusal means for the next proposal, as configured. */
export function reproposalNote(reason: RefusalReason | undefined): string {
  if (!reason) return '';
  if (reason.reproposal.kind === 'immediate') return 'Le ménage peut être proposé de nouveau tout de suite.';
  if (reason.reproposal.kind === 'after_delay') return `Nouvelle proposition possible après ${reason.reproposal.days} jours.`;
  return 'Nouvelle proposition possible après une nouvelle évaluation.';
}

/** Shown beside a household refusal that may cost a priority label (CCH R441-16-3). */
export const PRIORITY_WARNING = 'Ce refus peut faire perdre au ménage sa priorité (DALO ou prioritaire) : le signaler à son référent.';
