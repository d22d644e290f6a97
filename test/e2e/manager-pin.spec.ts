import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { readable } from './support/helpers.ts';
import { expectNothingClipped, screenshotPath } from './support/layout.ts';
import { MANAGER_PIN, expectPinNeverReturned, invocations, lastManagerEvent, pinDialog, raiseLatePayment, setFirstPin, tapPin } from './support/manager.ts';
import type { TrafficEntry } from './support/transport.ts';

const OTHER_PIN = '84062917';
const WRONG_PIN = '50938126';

const notice = (page: Page) => page.getByTestId('pin-notice');
const waitLine = (page: Page) => page.getByTestId('pin-wait');
const indicator = (page: Page) => page.getByTestId('manager-mode');
const lateItem = (page: Page, tradeNo: string) => page.locator(`[data-testid="late-payment"][data-trade-no="${tradeNo}"]`);
const acknowledge = (page: Page, tradeNo: string) => lateItem(page, tradeNo).getByTestId('acknowledge-late').click();
const acknowledged = (traffic: readonly TrafficEntry[]) => invocations(traffic, 'acknowledgeLatePayment');

test('first run: the manager sets a PIN (typed twice; a mismatch and a too-simple PIN are refused in words), and only then is the late payment acknowledged', async ({ page, core, traffic }) => {
  const tradeNo = await raiseLatePayment(page, core, traffic);
  await acknowledge(page, tradeNo);
  await expect(pinDialog(page)).toBeVisible();
  await expect(pinDialog(page)).toHaveAttribute('data-mode', 'set');
  await expect(page.getByTestId('pin-title')).toHaveText('Buat PIN manajer');
  await expect(page.getByTestId('pin-reason')).toHaveText('Manajer harus mengonfirmasi ini.');
  expect(acknowledged(traffic), 'nothing is sent before a manager confirmed').toEqual([]);

  // The two entries differ: said so, and back to the first entry.
  await tapPin(page, MANAGER_PIN);
  await expect(page.getByTestId('pin-title')).toHaveText('Ketik PIN baru sekali lagi');
  await tapPin(page, OTHER_PIN);
  await expect(notice(page)).toHaveAttribute('data-code', 'mismatch');
  await expect(notice(page)).toHaveText('Kedua PIN tidak sama. Ketik PIN baru dari awal.');
  await expect(pinDialog(page)).toHaveAttribute('data-step', 'enter');
  expect(invocations(traffic, 'setManagerPin'), 'a mismatch is caught before main is asked').toEqual([]);

  // A PIN anyone would try first is refused at the first entry (the rule main applies too), in plain words.
  await tapPin(page, '1234');
  await expect(notice(page)).toHaveAttribute('data-code', 'PIN_TOO_SIMPLE');
  await expect(notice(page)).toContainText('terlalu mudah ditebak');
  await expect(pinDialog(page)).toHaveAttribute('data-step', 'enter');
  expect(invocations(traffic, 'setManagerPin'), 'refused before it is typed twice, and before main is asked').toEqual([]);
  expect(await core.invoke('getPayment', { tradeNo })).toMatchObject({ ok: true, value: { needsAcknowledgement: true } });
  expect(acknowledged(traffic)).toEqual([]);

  await setFirstPin(page);
  await expect(lateItem(page, tradeNo)).toHaveCount(0);
  await expect(page.getByTestId('late-alert')).toHaveCount(0);
  expect(acknowledged(traffic).map((entry) => entry.result)).toEqual([expect.objectContaining({ ok: true })]);
  expect(await core.invoke('getPayment', { tradeNo })).toMatchObject({ ok: true, value: { state: 'paid', lateAfter: 'cancelled', needsAcknowledgement: false } });
  await expect(indicator(page)).toBeVisible();
  await expect(indicator(page)).toContainText('Mode manajer');
  await expect(page.getByTestId('manager-lock')).toHaveText('Kunci');
  await expectPinNeverReturned(page, traffic, [MANAGER_PIN]);
  expect(JSON.stringify(traffic), 'a confirmation that did not match is never sent').not.toContain(OTHER_PIN);
  expect(await page.content()).not.toContain(OTHER_PIN);
});

test('a cashier without the PIN can close the dialog (Batal, or Esc) and nothing is acknowledged', async ({ page, core, traffic }) => {
  expect(await core.invoke('setManagerPin', { pin: MANAGER_PIN })).toMatchObject({ ok: true, value: { pinSet: true, active: true } });
  await core.invoke('lockManager', undefined);
  const tradeNo = await raiseLatePayment(page, core, traffic);

  await acknowledge(page, tradeNo);
  await expect(pinDialog(page)).toHaveAttribute('data-mode', 'unlock');
  await expect(page.getByTestId('pin-title')).toHaveText('PIN manajer');
  await page.getByTestId('pin-key-4').click();
  await page.getByTestId('pin-cancel').click();
  await expect(pinDialog(page)).toHaveCount(0);

  await acknowledge(page, tradeNo);
  // A fresh dialog: nothing typed before is kept.
  await expect(page.getByTestId('pin-dots')).toHaveAttribute('data-count', '0');
  await page.keyboard.press('Escape');
  await expect(pinDialog(page)).toHaveCount(0);

  await expect(lateItem(page, tradeNo)).toBeVisible();
  await expect(indicator(page)).toHaveCount(0);
  expect(acknowledged(traffic)).toEqual([]);
  expect(invocations(traffic, 'unlockManager')).toEqual([]);
  expect(await core.invoke('getPayment', { tradeNo })).toMatchObject({ ok: true, value: { needsAcknowledgement: true } });
});

test('"Kunci" ends manager mode; the next acknowledgement asks for the PIN again, and a wrong one is refused in words', async ({ page, core, traffic }) => {
  const first = await raiseLatePayment(page, core, traffic);
  await acknowledge(page, first);
  await setFirstPin(page);
  await expect(lateItem(page, first)).toHaveCount(0);

  await expect(indicator(page)).toBeVisible();
  await page.getByTestId('manager-lock').click();
  await expect(indicator(page)).toHaveCount(0);
  expect(await core.invoke('getManagerState', undefined)).toMatchObject({ ok: true, value: { pinSet: true, active: false } });

  const second = await raiseLatePayment(page, core, traffic);
  await acknowledge(page, second);
  await expect(pinDialog(page)).toHaveAttribute('data-mode', 'unlock');
  await tapPin(page, WRONG_PIN);
  await expect(notice(page)).toHaveText('PIN salah. Periksa lalu ketik lagi.');
  await expect(page.getByTestId('pin-dots')).toHaveAttribute('data-count', '0');
  await expect(waitLine(page), 'no wait after one slip').toHaveCount(0);
  await expect(lateItem(page, second)).toBeVisible();

  await tapPin(page, MANAGER_PIN);
  await expect(pinDialog(page)).toHaveCount(0);
  await expect(lateItem(page, second)).toHaveCount(0);
  await expect(indicator(page)).toBeVisible();
  expect(acknowledged(traffic).map((entry) => entry.result)).toEqual([expect.objectContaining({ ok: true }), expect.objectContaining({ ok: true })]);
  await expectPinNeverReturned(page, traffic, [MANAGER_PIN, WRONG_PIN]);
});

test('the manager session ends after 5 idle minutes: the indicator goes, and "handled" asks for the PIN again', async ({ page, core, traffic, clock }) => {
  const tradeNo = await raiseLatePayment(page, core, traffic);
  expect(await core.invoke('setManagerPin', { pin: MANAGER_PIN })).toMatchObject({ ok: true, value: { active: true } });
  await expect(indicator(page)).toBeVisible();

  clock.advance(5 * 60_000 - 1_000);
  await page.waitForTimeout(200);
  await expect(indicator(page), 'still open just before the five minutes').toBeVisible();
  clock.advance(1_001);
  await expect(indicator(page)).toHaveCount(0);
  expect(lastManagerEvent(traffic)).toMatchObject({ pinSet: true, active: false });

  await acknowledge(page, tradeNo);
  await expect(pinDialog(page)).toHaveAttribute('data-mode', 'unlock');
  expect(acknowledged(traffic)).toEqual([]);
});

test('keyboard only: Tab to "handled", Enter; digits (top row and numpad), Backspace, Enter; the focus ring shows; Tab to "Kunci"', async ({ page, core, traffic }) => {
  const tradeNo = await raiseLatePayment(page, core, traffic);
  const focusedTestId = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['testid']);
  for (let presses = 0; presses < 30 && (await focusedTestId()) !== 'acknowledge-late'; presses += 1) await page.keyboard.press('Tab');
  expect(await focusedTestId()).toBe('acknowledge-late');
  await page.keyboard.press('Enter');
  await expect(pinDialog(page)).toHaveAttribute('data-mode', 'set');

  const dots = page.getByTestId('pin-dots');
  // Eight digits at most: the ninth is not typed. Backspace takes one back.
  await page.keyboard.type(`${MANAGER_PIN}9`);
  await expect(dots).toHaveAttribute('data-count', '8');
  await page.keyboard.press('Backspace');
  await expect(dots).toHaveAttribute('data-count', '7');
  await page.keyboard.type(MANAGER_PIN.slice(-1));
  // The digits show as dots, never as digits.
  await expect(dots).toHaveText(/^●{8}/);
  await page.keyboard.press('Enter');
  await expect(pinDialog(page)).toHaveAttribute('data-step', 'confirm');

  // Tab reaches the controls, each with its focus ring, and stays inside the dialog.
  await page.keyboard.press('Tab');
  expect(await focusedTestId()).toBe('pin-cancel');
  const ring = await page.evaluate(() => {
    const active = document.activeElement as HTMLElement;
    return { inDialog: active.closest('dialog') !== null, outline: getComputedStyle(active).outlineStyle, width: getComputedStyle(active).outlineWidth };
  });
  expect(ring).toEqual({ inDialog: true, outline: 'solid', width: '4px' });

  // The confirmation on the numpad (Playwright's numpad has Num Lock off: the code still says which digit). Typing
  // takes the focus back from Batal, so Enter confirms rather than cancels.
  for (const digit of MANAGER_PIN) await page.keyboard.press(`Numpad${digit}`);
  expect(await focusedTestId()).toBe('manager-pin-dialog');
  await expect(dots).toHaveAttribute('data-count', '8');
  await page.keyboard.press('NumpadEnter');
  await expect(pinDialog(page)).toHaveCount(0);
  await expect(lateItem(page, tradeNo)).toHaveCount(0);

  for (let presses = 0; presses < 30 && (await focusedTestId()) !== 'manager-lock'; presses += 1) await page.keyboard.press('Tab');
  expect(await focusedTestId()).toBe('manager-lock');
  await page.keyboard.press('Enter');
  await expect(indicator(page)).toHaveCount(0);
  await expectPinNeverReturned(page, traffic, [MANAGER_PIN]);
});

test.describe('wrong PINs', () => {
  test.use({ pageClock: true });

  /** One wrong PIN, and its answer on screen (the notice from the slip before stays until then). */
  async function wrongPin(page: Page, traffic: readonly TrafficEntry[]): Promise<void> {
    const before = invocations(traffic, 'unlockManager').length;
    await expect(page.getByTestId('pin-key-5')).toBeEnabled();
    await tapPin(page, WRONG_PIN);
    await expect.poll(() => invocations(traffic, 'unlockManager').length).toBe(before + 1);
    await expect(page.getByTestId('pin-checking')).toHaveCount(0);
    await expect(notice(page)).toHaveAttribute('data-code', 'WRONG_PIN');
  }

  async function openUnlock(page: Page, core: Parameters<typeof raiseLatePayment>[1], traffic: TrafficEntry[]): Promise<string> {
    await core.invoke('setManagerPin', { pin: MANAGER_PIN });
    await core.invoke('lockManager', undefined);
    const tradeNo = await raiseLatePayment(page, core, traffic);
    await acknowledge(page, tradeNo);
    await expect(pinDialog(page)).toHaveAttribute('data-mode', 'unlock');
    return tradeNo;
  }

  test('two slips cost nothing; the third disables the pad with a live countdown until the wait has passed', async ({ page, core, traffic, clock }) => {
    const tradeNo = await openUnlock(page, core, traffic);
    await wrongPin(page, traffic);
    await wrongPin(page, traffic);
    await expect(waitLine(page)).toHaveCount(0);
    await wrongPin(page, traffic);

    await expect(waitLine(page)).toHaveText(/^Terlalu banyak PIN salah\. Coba lagi dalam 00:0[45]\.$/);
    await expect(page.getByTestId('pin-key-5')).toBeDisabled();
    await expect(page.getByTestId('pin-key-backspace')).toBeDisabled();
    await page.keyboard.type('1234');
    await expect(page.getByTestId('pin-dots'), 'the keyboard is quiet while the wait runs').toHaveAttribute('data-count', '0');
    expect(lastManagerEvent(traffic)).toMatchObject({ locked: false, retryAt: expect.any(Number) });

    await page.clock.fastForward(2_000);
    await expect(waitLine(page)).toHaveAttribute('data-left', /^00:0[23]$/);
    // The wait passes for main and for the window alike.
    clock.advance(5_000);
    await page.clock.fastForward(3_500);
    await expect(waitLine(page)).toHaveCount(0);
    await expect(page.getByTestId('pin-key-5')).toBeEnabled();

    await tapPin(page, MANAGER_PIN);
    await expect(pinDialog(page)).toHaveCount(0);
    await expect(lateItem(page, tradeNo)).toHaveCount(0);
    expect(invocations(traffic, 'unlockManager').map((entry) => (entry.result as { ok: boolean }).ok)).toEqual([false, false, false, true]);
  });

  test.describe('at 1024×768', () => {
    test.use({ viewport: { width: 1024, height: 768 } });

    test('the sixth wrong PIN locks for 15 minutes and the dialog says until when; it fits without clipping', async ({ page, core, traffic, clock }) => {
      await openUnlock(page, core, traffic);
      await wrongPin(page, traffic);
      await wrongPin(page, traffic);
      for (const wait of [5_000, 15_000, 60_000]) {
        await wrongPin(page, traffic);
        await expect(waitLine(page)).toHaveAttribute('data-locked', 'false');
        clock.advance(wait);
        await page.clock.fastForward(wait + 500);
        await expect(waitLine(page)).toHaveCount(0);
      }
      await wrongPin(page, traffic);
      const { retryAt } = lastManagerEvent(traffic) ?? {};
      expect(retryAt).toEqual(expect.any(Number));
      const until = new Date(retryAt ?? 0).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });
      await expect(waitLine(page)).toHaveAttribute('data-locked', 'true');
      expect(readable(await waitLine(page).textContent())).toBe(`Terkunci 15 menit karena terlalu banyak PIN salah. Coba lagi pukul ${until}.`);
      await expect(page.getByTestId('pin-key-0')).toBeDisabled();
      await page.screenshot({ path: screenshotPath('manager-pin-locked', 1024) });
      await expectNothingClipped(page);

      // Main refuses an attempt while locked, whatever the window shows.
      expect(await core.invoke('unlockManager', { pin: MANAGER_PIN })).toMatchObject({ ok: false, code: 'PIN_WAIT' });
      clock.advance(15 * 60_000);
      await page.clock.fastForward('15:01');
      await expect(waitLine(page)).toHaveCount(0);
      await tapPin(page, MANAGER_PIN);
      await expect(pinDialog(page)).toHaveCount(0);
    });
  });
});

test.describe('two late payments at 1024×768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the alert shows the oldest and counts the other, the keypad keeps its size, and the next comes up once the first is handled', async ({ page, core, traffic }) => {
    const keyHeight = async () => (await page.getByTestId('key-5').boundingBox())?.height ?? 0;
    const first = await raiseLatePayment(page, core, traffic);
    const withOne = await keyHeight();
    const second = await raiseLatePayment(page, core, traffic, '30000');
    await expect(lateItem(page, first)).toBeVisible();
    await expect(lateItem(page, second)).toHaveCount(0);
    await expect(page.getByTestId('late-more')).toHaveAttribute('data-count', '1');
    await expect(page.getByTestId('late-more')).toHaveText('Lalu 1 lagi, satu per satu.');
    expect(await keyHeight(), 'a second late payment does not shrink the keypad').toBe(withOne);
    expect(withOne).toBeGreaterThanOrEqual(64);
    await page.screenshot({ path: screenshotPath('late-two', 1024) });
    await expectNothingClipped(page);

    await acknowledge(page, first);
    await setFirstPin(page);
    await expect(lateItem(page, first)).toHaveCount(0);
    await expect(lateItem(page, second)).toBeVisible();
    await expect(page.getByTestId('late-more')).toHaveCount(0);
  });
});

for (const viewport of [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
  test.describe(`the PIN dialog at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('setting the PIN with a refusal, the top bar in manager mode, and unlocking in English with a wait: nothing clipped', async ({ page, core, traffic }) => {
      const shot = (name: string) => page.screenshot({ path: screenshotPath(name, viewport.width) });
      const first = await raiseLatePayment(page, core, traffic);
      await acknowledge(page, first);
      await tapPin(page, '4321');
      await expect(notice(page)).toHaveAttribute('data-code', 'PIN_TOO_SIMPLE');
      await page.getByTestId('pin-key-7').click();
      await shot('manager-pin-set');
      await expectNothingClipped(page);
      await page.getByTestId('pin-key-backspace').click();

      await setFirstPin(page);
      await expect(indicator(page)).toBeVisible();
      await shot('manager-mode');
      await expectNothingClipped(page);
      const lock = await page.getByTestId('manager-lock').boundingBox();
      expect(lock?.height ?? 0, '"Kunci" is a large target').toBeGreaterThanOrEqual(48);

      await page.getByTestId('manager-lock').click();
      await page.getByTestId('language-en').click();
      const second = await raiseLatePayment(page, core, traffic);
      await acknowledge(page, second);
      await expect(page.getByTestId('pin-reason')).toHaveText('A manager must confirm this.');
      for (let slip = 0; slip < 3; slip += 1) {
        await expect(page.getByTestId('pin-key-5')).toBeEnabled();
        await tapPin(page, WRONG_PIN);
        await expect(notice(page)).toHaveText('Wrong PIN. Check it and type it again.');
      }
      await expect(waitLine(page)).toContainText('Too many wrong PINs. Try again in 00:0');
      await shot('manager-pin-wait');
      await expectNothingClipped(page);
    });
  });
}
