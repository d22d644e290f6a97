import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from './support/fixtures.ts';
import { pinDialog, setFirstPin } from './support/manager.ts';

/**
 * Menu → Diagnostik in a real browser against the real core (demo mode): the manager PIN first, then a notice that
 * says in words where the archive went — a real .zip on disk, checked with Python's zipfile.
 */
const archiveIn = (text: string): string => /(\/\S+?\.zip)/.exec(text)?.[1] ?? '';

function namesIn(file: string): string[] {
  const script = 'import json,sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps(z.namelist()))';
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' })) as string[];
}

test('Menu → Diagnostik asks for the PIN, writes the archive and says where, in Indonesian and English', async ({ page, host }) => {
  const reports = join(dirname(host.settingsFile), 'reports');
  await page.getByTestId('menu-open').click();
  const item = page.getByTestId('diagnostics-export');
  await expect(item).toContainText('Diagnostik');
  await expect(item).toContainText('Manajer');
  await item.click();
  await expect(pinDialog(page)).toContainText('Arsip diagnostik untuk dukungan teknis hanya untuk manajer.');
  // Closing the PIN dialog sends nothing and leaves no notice.
  await page.keyboard.press('Escape');
  await expect(pinDialog(page)).toHaveCount(0);
  await expect(page.getByTestId('diagnostics-notice')).toHaveCount(0);
  expect(existsSync(reports)).toBe(false);

  await page.getByTestId('menu-open').click();
  await page.getByTestId('diagnostics-export').click();
  await setFirstPin(page);
  const message = page.getByTestId('diagnostics-message');
  await expect(message).toHaveAttribute('data-phase', 'done');
  await expect(message).toContainText('Arsip diagnostik tersimpan di');
  const file = archiveIn(await message.innerText());
  expect(dirname(file)).toBe(reports);
  expect(namesIn(file).sort()).toEqual(['journal.json', 'settings.json', 'versions.json']);
  // The answer has the focus: Enter closes the notice (and does not charge), focus goes back to the Menu.
  await expect(page.getByTestId('diagnostics-close')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('diagnostics-notice')).toHaveCount(0);
  await expect(page.getByTestId('menu-open')).toBeFocused();

  // In English, by keyboard only: the manager session is open, so no PIN this time.
  await page.getByTestId('language-en').click();
  await page.getByTestId('menu-open').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await expect(page.getByTestId('diagnostics-export')).toBeFocused();
  await expect(page.getByTestId('diagnostics-export')).toContainText('Diagnostics');
  await page.keyboard.press('Enter');
  await expect(message).toContainText('The diagnostics archive was saved to');
  expect(existsSync(archiveIn(await message.innerText()))).toBe(true);
  const close = page.getByTestId('diagnostics-close');
  await expect(close).toHaveText('Close');
  const box = await close.boundingBox();
  expect(box?.height ?? 0, 'a large target').toBeGreaterThanOrEqual(48);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('diagnostics-notice')).toHaveCount(0);
  await expect(page.getByTestId('key-5'), 'the keypad is still there').toBeVisible();
});
