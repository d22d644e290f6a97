import type { Page } from '@playwright/test';
import type { KasirCore } from '../../electron/app/core.ts';
import type { TrafficEntry } from './support/transport.ts';
import { expect, test } from './support/fixtures.ts';
import { startedPayment, typeOnKeypad } from './support/helpers.ts';

test('a confirmed payment is also heard: the paid chime plays once, and not before', async ({ page, core, traffic }) => {
  // Count the notes the page starts, through the real Web Audio API.
  await page.addInitScript(() => {
    const counter = window as unknown as { notesStarted: number };
    counter.notesStarted = 0;
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (this: OscillatorNode, when?: number) {
      counter.notesStarted += 1;
      start.call(this, when);
    };
  });
  await page.reload();
  const notes = () => page.evaluate(() => (window as unknown as { notesStarted: number }).notesStarted);

  await typeOnKeypad(page, '25000');
  await page.getByTestId('charge-qris').click();
  await expect(page.getByTestId('qris-canvas')).toBeVisible();
  expect(await notes()).toBe(0);

  core.simulator?.settle(startedPayment(traffic).tradeNo, 'paid');
  await expect(page.getByTestId('paid-screen')).toBeVisible();
  await expect.poll(notes).toBe(2);
  await page.getByTestId('language-en').click();
  expect(await notes()).toBe(2);
});

/**
 * The spoken line. Headless Chromium here has no system voices, so the page's speechSynthesis is replaced by a
 * recorder that offers one Indonesian and one English voice: what is tested is Kasir's part (whether it speaks,
 * which words, in which voice, once), not the operating system's speech engine.
 */
async function recordSpeech(page: Page): Promise<() => Promise<{ text: string; lang: string; voice: string }[]>> {
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string; voice: string }[] = [];
    const voices = [{ name: 'Damayanti', lang: 'id-ID' }, { name: 'Samantha', lang: 'en-US' }];
    class RecordedUtterance {
      text: string;
      lang = '';
      voice: { name: string; lang: string } | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.assign(window, { spoken, SpeechSynthesisUtterance: RecordedUtterance });
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => voices,
        addEventListener: () => undefined,
        speak: (utterance: RecordedUtterance) => spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? '' }),
      },
    });
  });
  await page.reload();
  return () => page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string; voice: string }[] }).spoken);
}

/** The customer pays a QRIS charge of `digits`: the paid screen is up. */
async function payByQris(page: Page, core: KasirCore, traffic: TrafficEntry[], digits: string): Promise<void> {
  await typeOnKeypad(page, digits);
  await page.getByTestId('charge-qris').click();
  await expect(page.getByTestId('qris-canvas')).toBeVisible();
  core.simulator?.settle(startedPayment(traffic).tradeNo, 'paid');
  await expect(page.getByTestId('paid-screen')).toBeVisible();
}

test.describe('with the spoken line switched on in settings', () => {
  test.use({ settingsText: JSON.stringify({ speakPayments: true }) });

  test('LUNAS is said once in the Indonesian voice, after the chime; in English with the English voice', async ({ page, core, traffic }) => {
    const spoken = await recordSpeech(page);
    await payByQris(page, core, traffic, '25000');
    await expect.poll(spoken).toEqual([{ text: 'Pembayaran QRIS 25.000 rupiah diterima', lang: 'id-ID', voice: 'Damayanti' }]);
    await page.getByTestId('language-en').click();
    await page.getByTestId('new-sale').click();

    await payByQris(page, core, traffic, '1250000');
    await expect.poll(async () => (await spoken()).length).toBe(2);
    expect((await spoken())[1]).toEqual({ text: 'QRIS payment of 1.250.000 rupiah received', lang: 'en-US', voice: 'Samantha' });
  });
});

test('without the setting, a payment is only chimed, never spoken', async ({ page, core, traffic }) => {
  const spoken = await recordSpeech(page);
  await payByQris(page, core, traffic, '25000');
  // Longer than the chime's head start: had it been going to speak, it would have by now.
  await page.waitForTimeout(1_200);
  expect(await spoken()).toEqual([]);
});
