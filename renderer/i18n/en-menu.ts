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
};
