import type { Page } from '@playwright/test';
import type { KasirCore } from '../../electron/app/core.ts';
import { expect, test } from './support/fixtures.ts';
import { chargeVa, readable, startedPayment, typeOnKeypad } from './support/helpers.ts';
import type { TrafficEntry } from './support/transport.ts';

// Playwright's numpad is one with Num Lock off: Numpad2 gives key "ArrowDown", Numpad5 "Clear", Numpad0 "Insert"
// (code stays Numpad2…). Keys it cannot press are dispatched as the browser would.
const amountShown = (page: Page) => page.getByTestId('amount-display');
const starts = (traffic: readonly TrafficEntry[]) => traffic.filter((entry) => entry.kind === 'invoke' && entry.name === 'startPayment');
const invoked = (traffic: readonly TrafficEntry[], name: string) => traffic.some((entry) => entry.kind === 'invoke' && entry.name === name);

async function dispatchKey(page: Page, press: { readonly key: string; readonly code: string }): Promise<void> {
  await page.evaluate(({ key, code }) => (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, code, bubbles: true, cancelable: true })), press);
}

// The keyboard is the keypad screen's once it is shown (before that the app is still loading).
test.beforeEach(async ({ page }) => expect(amountShown(page)).toBeVisible());

test.describe('the keypad\'s keyboard', () => {
  test('with Num Lock off the numpad still types digits, its odd keys do nothing, and NumpadEnter charges', async ({ page, traffic }) => {
    for (const key of ['Numpad2', 'Numpad5', 'Numpad0', 'Numpad0', 'Numpad0']) await page.keyboard.press(key);
    await expect(amountShown(page)).toHaveText(/^Rp\s25\.000$/);
    // The decimal key reports Delete with Num Lock off: it must not clear. + − × ÷ add nothing.
    await dispatchKey(page, { key: 'Delete', code: 'NumpadDecimal' });
    for (const key of ['NumpadAdd', 'NumpadSubtract', 'NumpadMultiply', 'NumpadDivide']) await page.keyboard.press(key);
    await expect(amountShown(page)).toHaveText(/^Rp\s25\.000$/);
    // Num Lock on: the same keys report digits.
    await dispatchKey(page, { key: '7', code: 'Numpad7' });
    await expect(amountShown(page)).toHaveText(/^Rp\s250\.007$/);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('NumpadEnter');
    await expect(page.getByTestId('qris-screen')).toBeVisible();
    expect(startedPayment(traffic)).toMatchObject({ amount: 25_000, method: 'QRIS' });
  });

  test('a held digit types once; a held Backspace keeps deleting; Esc and Delete clear', async ({ page }) => {
    await page.keyboard.press('2');
    // Each further keydown without a keyup is the keyboard's auto-repeat (event.repeat).
    for (let i = 0; i < 4; i += 1) await page.keyboard.down('5');
    await page.keyboard.up('5');
    for (let i = 0; i < 3; i += 1) await page.keyboard.down('Numpad0');
    await page.keyboard.up('Numpad0');
    await page.keyboard.type('000');
    await expect(amountShown(page)).toHaveText(/^Rp\s250\.000$/);
    for (let i = 0; i < 4; i += 1) await page.keyboard.down('Backspace');
    await page.keyboard.up('Backspace');
    await expect(amountShown(page)).toHaveText(/^Rp\s25$/);
    await page.keyboard.press('Escape');
    await expect(amountShown(page)).toHaveText(/^Rp\s0$/);
    await page.keyboard.type('9');
    await page.keyboard.press('Delete');
    await expect(amountShown(page)).toHaveText(/^Rp\s0$/);
  });

  test('after tapping ID/EN, or anywhere else, Enter still charges with the default method', async ({ page, traffic }) => {
    await page.getByTestId('language-en').click();
    await page.getByTestId('language-id').click();
    await expect(page.getByTestId('language-id')).not.toBeFocused();
    await page.keyboard.type('25000');
    await page.getByTestId('amount-display').click();
    // Any other control that keeps the focus a click gives it (one another screen part might add to the top bar).
    await page.evaluate(() => {
      const other = Object.assign(document.createElement('button'), { textContent: 'X', onclick: () => document.body.setAttribute('data-other', 'pressed') });
      other.dataset['testid'] = 'other-control';
      document.querySelector('.top-bar')?.append(other);
    });
    await page.getByTestId('other-control').click();
    await page.evaluate(() => document.body.removeAttribute('data-other'));
    await expect(page.getByTestId('other-control')).toBeFocused();
    await page.keyboard.type('0');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('qris-screen')).toBeVisible();
    expect(starts(traffic)).toHaveLength(1);
    expect(startedPayment(traffic)).toMatchObject({ amount: 25_000, method: 'QRIS' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page.locator('body')).not.toHaveAttribute('data-other');
  });

  test('a tapped charge button does not keep Enter: after the bank chooser is closed, Enter is the default method', async ({ page, traffic }) => {
    await typeOnKeypad(page, '25000');
    await page.getByTestId('charge-va').click();
    await expect(page.getByTestId('choose-bank')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('choose-bank')).toHaveCount(0);
    // The tap left no focus on the button, so no focus ring there suggests Enter means VA.
    await expect(page.getByTestId('charge-va')).not.toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('qris-screen')).toBeVisible();
    expect(startedPayment(traffic).method).toBe('QRIS');
  });

  test('a control reached with Tab keeps Enter: the ID/EN switch switches, a charge button charges its method', async ({ page, traffic }) => {
    await page.keyboard.type('25000');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('language-en')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(starts(traffic)).toHaveLength(0);
    // Typing the amount again takes the focus back: Enter would charge now.
    await page.keyboard.type('0');
    await expect(page.getByTestId('language-en')).not.toBeFocused();
    await page.keyboard.press('Backspace');
    for (let i = 0; i < 10 && !(await page.getByTestId('charge-va').evaluate((element) => element === document.activeElement)); i += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(page.getByTestId('charge-va')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('choose-bank')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('va-number')).toBeVisible();
    expect(startedPayment(traffic)).toMatchObject({ amount: 25_000, method: 'VA' });
  });

  const METHOD_KEYS = [
    { key: 'F1', id: 'QRIS', shows: 'qris-screen' },
    { key: 'F2', id: 'VA', shows: 'va-number' },
    { key: 'F3', id: 'DANA', shows: 'link-screen' },
    { key: 'F4', id: 'LINKAJA', shows: 'link-screen' },
    { key: 'F5', id: 'CASHIER', shows: 'link-screen' },
  ];
  for (const { key, id, shows } of METHOD_KEYS) {
    test(`${key} is shown on the ${id} button and charges with ${id}; held, it charges once`, async ({ page, traffic }) => {
      await expect(page.getByTestId(`charge-${id.toLowerCase()}`)).toContainText(key);
      await page.keyboard.type('30000');
      await page.keyboard.down(key);
      await page.keyboard.down(key);
      await page.keyboard.up(key);
      // The VA asks for the customer's bank first; the first one has the focus.
      if (id === 'VA') await page.keyboard.press('Enter');
      await expect(page.getByTestId(shows)).toBeVisible();
      expect(starts(traffic)).toHaveLength(1);
      expect(startedPayment(traffic)).toMatchObject({ amount: 30_000, method: id });
    });
  }

  test.describe('with another method first in the settings', () => {
    test.use({ settingsText: JSON.stringify({ methods: [{ id: 'DANA', kind: 'ewallet', label: 'DANA', wayCode: 'DANA', key: 'F3' }, { id: 'QRIS', kind: 'qris', key: 'F1' }] }) });

    test('Enter charges with that first method, not QRIS', async ({ page, traffic }) => {
      await page.keyboard.type('30000');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('link-screen')).toBeVisible();
      expect(startedPayment(traffic).method).toBe('DANA');
    });
  });
});

test.describe('quick amounts', () => {
  test('a tap sets the amount (replaces, never adds), and Enter then charges it', async ({ page, traffic }) => {
    await page.keyboard.type('123');
    await page.getByTestId('quick-50000').click();
    await expect(amountShown(page)).toHaveText(/^Rp\s50\.000$/);
    await page.getByTestId('quick-20000').click();
    await expect(amountShown(page)).toHaveText(/^Rp\s20\.000$/);
    await page.getByTestId('quick-100000').dblclick();
    await expect(amountShown(page)).toHaveText(/^Rp\s100\.000$/);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('qris-screen')).toBeVisible();
    expect(startedPayment(traffic).amount).toBe(100_000);
  });

  test.describe('from the settings', () => {
    test.use({ settingsText: JSON.stringify({ quickAmounts: [15_000, 75_000] }) });

    test('shows exactly the configured amounts, grouped, named in rupiah', async ({ page }) => {
      const buttons = page.locator('.quick-amounts__button');
      await expect(buttons).toHaveCount(2);
      expect((await buttons.allTextContents()).map((text) => text.replace(/\u200b/g, ''))).toEqual(['15.000', '75.000']);
      expect(readable(await buttons.first().getAttribute('aria-label'))).toBe('Rp 15.000');
    });
  });

  test.describe('none in the settings', () => {
    test.use({ settingsText: JSON.stringify({ quickAmounts: [] }) });

    test('shows no quick amounts', async ({ page }) => {
      await expect(page.getByTestId('key-5')).toBeVisible();
      await expect(page.locator('.quick-amounts')).toHaveCount(0);
    });
  });
});

test.describe('pasting an amount', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  async function paste(page: Page, text: string): Promise<void> {
    await page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await page.keyboard.press('ControlOrMeta+V');
  }

  test('Ctrl+V with an amount sets it; anything else changes nothing and says so', async ({ page }) => {
    const hint = page.getByTestId('charge-hint');
    for (const [text, shown] of [['Rp 25.000', /^Rp\s25\.000$/], ['25.000,00', /^Rp\s25\.000$/], [' 1.250.000 ', /^Rp\s1\.250\.000$/], ['25,000', /^Rp\s25\.000$/]] as const) {
      await page.keyboard.press('Escape');
      await paste(page, text);
      await expect(amountShown(page), JSON.stringify(text)).toHaveText(shown);
    }
    for (const text of ['dua puluh ribu', '25.000,50', '12345678901']) {
      await paste(page, text);
      await expect(amountShown(page), text).toHaveText(/^Rp\s25\.000$/);
      await expect(hint).toHaveAttribute('data-paste-refused', 'true');
      await expect(hint).toHaveText('Yang ditempel bukan nominal rupiah. Nominal tidak diubah.');
    }
    await page.keyboard.press('Backspace');
    await expect(hint).not.toHaveAttribute('data-paste-refused');
    await expect(amountShown(page)).toHaveText(/^Rp\s2\.500$/);
  });

  test('is ignored while the bank chooser is open', async ({ page }) => {
    await typeOnKeypad(page, '25000');
    await page.getByTestId('charge-va').click();
    await expect(page.getByTestId('choose-bank')).toBeVisible();
    await paste(page, '99.000');
    await page.keyboard.press('Escape');
    await expect(amountShown(page)).toHaveText(/^Rp\s25\.000$/);
  });
});

interface Outcome {
  readonly screen: string;
  /** From the keypad to this result screen. */
  readonly reach: (page: Page, core: KasirCore, traffic: TrafficEntry[]) => Promise<void>;
  /** The primary action, and how to tell it was done. */
  readonly primary: string;
  readonly primaryDone: (page: Page, traffic: TrafficEntry[]) => Promise<void>;
  /** The amount on the keypad after Esc: kept to try again, or emptied for a new sale. */
  readonly afterEscape: RegExp;
}

async function chargeQris(page: Page): Promise<void> {
  await typeOnKeypad(page, '25000');
  await page.getByTestId('charge-qris').click();
  await expect(page.getByTestId('qris-screen')).toBeVisible();
}

const settleWith = (outcome: 'paid' | 'expired' | 'failed') => async (page: Page, core: KasirCore, traffic: TrafficEntry[]) => {
  await chargeQris(page);
  core.simulator?.settle(startedPayment(traffic).tradeNo, outcome);
};

const chargedAgain = async (page: Page, traffic: TrafficEntry[]) => {
  await expect(page.getByTestId('qris-screen')).toBeVisible();
  expect(starts(traffic)).toHaveLength(2);
};

const OUTCOMES: readonly Outcome[] = [
  {
    screen: 'paid-screen', reach: settleWith('paid'), primary: 'new sale', afterEscape: /^Rp\s0$/,
    primaryDone: async (page) => expect(amountShown(page)).toHaveText(/^Rp\s0$/),
  },
  {
    screen: 'partial-screen', primary: 'collect the rest', afterEscape: /^Rp\s0$/,
    reach: async (page, core, traffic) => {
      await typeOnKeypad(page, '25000');
      await chargeVa(page);
      await expect(page.getByTestId('va-number')).toBeVisible();
      core.simulator?.settle(startedPayment(traffic).tradeNo, 'partial', { payAmount: 10_000 });
    },
    primaryDone: async (page, traffic) => {
      await expect(page.getByTestId('va-number')).toBeVisible();
      expect(invoked(traffic, 'collectRest')).toBe(true);
    },
  },
  { screen: 'expired-screen', reach: settleWith('expired'), primary: 'charge again', afterEscape: /^Rp\s25\.000$/, primaryDone: chargedAgain },
  { screen: 'failed-screen', reach: settleWith('failed'), primary: 'try again', afterEscape: /^Rp\s25\.000$/, primaryDone: chargedAgain },
  {
    screen: 'unsure-screen', primary: 'check now', afterEscape: /^Rp\s25\.000$/,
    reach: async (page, core) => {
      await chargeQris(page);
      core.simulator?.setFaults({ http5xx: true, endpoints: ['queryPayInResult'] });
      await page.getByTestId('cancel-payment').click();
      await page.getByTestId('cancel-confirm').click();
    },
    primaryDone: async (_page, traffic) => expect.poll(() => invoked(traffic, 'checkPaymentNow')).toBe(true),
  },
];

test.describe('every result screen', () => {
  for (const { screen, reach, primary, primaryDone, afterEscape } of OUTCOMES) {
    test(`${screen}: Esc goes back to the keypad`, async ({ page, core, traffic }) => {
      await reach(page, core, traffic);
      await expect(page.getByTestId(screen)).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(amountShown(page)).toHaveText(afterEscape);
    });

    test(`${screen}: Enter does "${primary}", also after tapping ID/EN`, async ({ page, core, traffic }) => {
      await reach(page, core, traffic);
      await expect(page.getByTestId(screen)).toBeVisible();
      await page.getByTestId('language-en').click();
      await page.getByTestId('language-id').click();
      await page.keyboard.press('Enter');
      await primaryDone(page, traffic);
    });

    test(`${screen}: Enter does "${primary}" after a tap on the screen's words took the focus away`, async ({ page, core, traffic }) => {
      await reach(page, core, traffic);
      await expect(page.getByTestId(screen)).toBeVisible();
      await page.locator(`#${screen}-title`).click();
      expect(await page.evaluate(() => document.activeElement === document.body), 'the tap left no control focused').toBe(true);
      await page.keyboard.press('Enter');
      await primaryDone(page, traffic);
    });
  }
});
