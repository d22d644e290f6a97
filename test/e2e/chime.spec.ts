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
