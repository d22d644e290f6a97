import type { idMenu } from './id-menu.ts';

/** English for ./id-menu.ts, typed against its keys. */
export const enMenu: Readonly<Record<keyof typeof idMenu, string>> = {
  'menu.open': 'Menu',
  'menu.label': 'Till menu',
  'menu.history': 'History',
  'menu.settings': 'Settings',
  'menu.managerOnly': 'Manager',
  'manager.reason.settings': 'The till settings are for the manager only.',
  'settings.loading': 'Loading the settings…',
  'menu.closing': 'Close the day',
  'manager.reason.closing': 'The end-of-day report is for the manager only.',
  'closing.loading': 'Loading the report…',
  'menu.diagnostics': 'Diagnostics',
  'manager.reason.diagnostics': 'The diagnostics archive for support is for the manager only.',
  'diagnostics.working': 'Writing the diagnostics archive…',
  'diagnostics.done': 'The diagnostics archive was saved to {file}. Send this .zip file to support: it holds the logs, the settings without the secret, and payment counts (not the payments).',
  'diagnostics.failed': 'The diagnostics archive could not be written. {reason}',
  'diagnostics.close': 'Close',
  'menu.updates': 'Updates & quit',
  'manager.reason.updates': 'Updates and quitting Kasir are for the manager only.',
  'updates.loading': 'Opening updates…',
};
