import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** Screenshots land in KASIR_SCREENSHOT_DIR (default: the temp dir) as kasir-<screen>-<width>.png. */
const SHOT_DIR = process.env['KASIR_SCREENSHOT_DIR'] ?? tmpdir();

export function screenshotPath(screen: string, width: number): string {
  return join(SHOT_DIR, `kasir-${screen}-${width}.png`);
}

/** Nothing a cashier needs may be cut off, pushed below the fold, drawn over something else, or set under 18px. */
export async function expectNothingClipped(page: Page): Promise<void> {
  const problems = await page.evaluate(() => {
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const name = (element: HTMLElement) => element.dataset['testid'] ?? `${element.tagName.toLowerCase()}.${element.className}`;
    const elements = [...document.querySelectorAll<HTMLElement>('button, canvas, h1, p, output, [data-testid]')].filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    });
    const outside = elements
      .filter((element) => {
        const box = element.getBoundingClientRect();
        const overflows = element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0;
        return box.left < 0 || box.top < 0 || box.right > viewport.width + 0.5 || box.bottom > viewport.height + 0.5 || overflows;
      })
      .map(name);
    const overlapping: string[] = [];
    elements.forEach((first, index) => {
      for (const second of elements.slice(index + 1)) {
        if (first.contains(second) || second.contains(first)) continue;
        const a = first.getBoundingClientRect();
        const b = second.getBoundingClientRect();
        const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (width > 1 && height > 1) overlapping.push(`${name(first)} × ${name(second)}`);
      }
    });
    // Every visible piece of text, by the element that directly holds it.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const tooSmall: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const holder = node.parentElement;
      if (!holder || node.textContent?.trim() === '' || holder.closest('.visually-hidden')) continue;
      const size = parseFloat(getComputedStyle(holder).fontSize);
      if (size < 18) tooSmall.push(`${node.textContent?.trim()} (${size}px)`);
    }
    return { outside, overlapping, tooSmall, scrolls: document.documentElement.scrollHeight > viewport.height };
  });
  expect(problems).toEqual({ outside: [], overlapping: [], tooSmall: [], scrolls: false });
}
