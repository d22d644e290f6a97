/** The top bar's Menu and what it opens (spread into ./id.ts). */
export const idMenu = {
  'menu.open': 'Menu',
  'menu.label': 'Menu kasir',
  'menu.history': 'Riwayat',
  'menu.settings': 'Pengaturan',
  'menu.managerOnly': 'Manajer',
  'manager.reason.settings': 'Pengaturan kasir hanya untuk manajer.',
  'settings.loading': 'Memuat pengaturan…',
  'menu.closing': 'Tutup hari',
  'manager.reason.closing': 'Laporan tutup hari hanya untuk manajer.',
  'closing.loading': 'Memuat laporan…',
} as const;
