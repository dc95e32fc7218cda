export const ORGANISATION_TYPES = ['siao', 'outreach', 'adil', 'youth_team', 'coordination', 'social_landlord', 'state_service'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];
