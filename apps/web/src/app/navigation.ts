import type { Role } from '../auth/session';

interface NavItem {
  to: string;
  label: string;
  roles: readonly Role[];
  /** Shows the count of reminders due. */
  badge?: 'reminders';
}

const INBOX: readonly Role[] = [
  'coordinator',
  'outreach_worker',
  'siao_worker',
  'commission_secretary',
  'arrears_advisor',
  'youth_worker',
  'stipend_manager',
  'admin',
];

/** The navigation follows the role: each entry lists who may use its screen (the API has the last word). */
const NAVIGATION: readonly NavItem[] = [
  { to: '/reminders', label: 'Rappels', roles: INBOX, badge: 'reminders' },
  { to: '/maraude', label: 'Maraude', roles: ['outreach_worker'] },
  { to: '/households', label: 'Ménages', roles: ['outreach_worker', 'siao_worker', 'commission_secretary', 'youth_worker', 'admin'] },
  { to: '/worklist', label: 'À proposer', roles: ['siao_worker', 'commission_secretary'] },
  { to: '/commission', label: 'Commission', roles: ['siao_worker', 'commission_secretary'] },
  { to: '/indicators', label: 'Indicateurs', roles: ['coordinator', 'admin'] },
  { to: '/convention', label: 'Convention', roles: ['coordinator', 'admin'] },
  { to: '/execution-report', label: 'Rapport d’exécution', roles: ['coordinator', 'admin'] },
  { to: '/territories', label: 'Territoires', roles: ['state_officer'] },
];

export function navigationFor(roles: readonly Role[]): NavItem[] {
  return NAVIGATION.filter((item) => item.roles.some((role) => roles.includes(role)));
}

/** Where a user lands after logging in. */
export function homeFor(roles: readonly Role[]): string {
  if (roles.includes('outreach_worker')) return '/maraude';
  return navigationFor(roles)[0]?.to ?? '/account';
}
