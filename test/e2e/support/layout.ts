import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** Screenshots land in KASIR_SCREENSHOT_DIR (default: the temp dir) as kasir-<screen>-<width>.png. */
const SHOT_DIR = process.env['KASIR_SCREENSHOT_DIR'] ?? tmpdir();

export function screenshotPath(screen: string, width: number): string {
  return join(SHOT_DIR, `kasir-${screen}-${width}.png`);
}

/**
 * Nothing a cashier needs may be cut off, pushed below the fold, drawn over something else, set under 18px, or
 * drawn with less than WCAG AA contrast (4.5:1, or 3:1 for large text) against what is behind it.
 */
export async function expectNothingClipped(page: Page, options: { readonly scrollArea?: string } = {}): Promise<void> {
  const problems = await page.evaluate((scrollSelector) => {
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const name = (element: HTMLElement) => element.dataset['testid'] ?? `${element.tagName.toLowerCase()}.${element.className}`;
    // What a person can see: not hidden by display, visibility or a closed <details> (content-visibility).
    // A modal dialog open: the page behind it is inert and dimmed, so only the dialog's own layout counts.
    const scope: ParentNode = document.querySelector('dialog:modal') ?? document;
    // A form that scrolls in its own area: what is not wholly inside the area now is judged at another scroll
    // position (the caller scrolls through it, and checks that every element was wholly in view at one of them).
    const area = scrollSelector === undefined ? null : document.querySelector(scrollSelector);
    const areaBox = area?.getBoundingClientRect();
    const insideArea = (element: Element): boolean => {
      if (!area || !areaBox || element === area || !area.contains(element)) return true;
      const box = element.getBoundingClientRect();
      return box.top >= areaBox.top - 0.5 && box.bottom <= areaBox.bottom + 0.5;
    };
    const elements = [...scope.querySelectorAll<HTMLElement>('button, canvas, h1, p, output, [data-testid]')].filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }) && insideArea(element);
    });
    // An open menu is drawn over the page on purpose: what it covers is not "overlapped" by it.
    const menu = document.querySelector('[role="menu"]');
    const acrossMenu = (a: Element, b: Element) => menu !== null && menu.contains(a) !== menu.contains(b);
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
        if (first.contains(second) || second.contains(first) || acrossMenu(first, second)) continue;
        const a = first.getBoundingClientRect();
        const b = second.getBoundingClientRect();
        const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (width > 1 && height > 1) overlapping.push(`${name(first)} × ${name(second)}`);
      }
    });
    // Every visible piece of text, by the element that directly holds it.
    const walker = document.createTreeWalker(scope === document ? document.body : (scope as Node), NodeFilter.SHOW_TEXT);
    const tooSmall: string[] = [];
    const lowContrast: string[] = [];
    const rgba = (text: string): number[] => (text.match(/[\d.]+/g) ?? []).map(Number).concat([1]).slice(0, 4);
    const luminance = ([r = 0, g = 0, b = 0]: number[]): number => {
      const [lr = 0, lg = 0, lb = 0] = [r, g, b].map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
    };
    const backdrop = (element: Element | null): number[] => {
      for (let at = element; at; at = at.parentElement) {
        const colour = rgba(getComputedStyle(at).backgroundColor);
        if ((colour[3] ?? 0) >= 0.99) return colour;
      }
      return [255, 255, 255, 1];
    };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const holder = node.parentElement;
      if (!holder || node.textContent?.trim() === '' || holder.closest('.visually-hidden')) continue;
      const style = getComputedStyle(holder);
      const size = parseFloat(style.fontSize);
      if (size < 18) tooSmall.push(`${node.textContent?.trim()} (${size}px)`);
      // WCAG exempts inactive controls; their hint text beside them is checked like any other text.
      if (holder.closest('button:disabled')) continue;
      const back = backdrop(holder);
      const [r = 0, g = 0, b = 0, alpha = 1] = rgba(style.color);
      const fore = [r, g, b].map((c, i) => c * alpha + (back[i] ?? 0) * (1 - alpha));
      const [light, dark] = [luminance(fore), luminance(back)].sort((x, y) => y - x);
      const ratio = ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) lowContrast.push(`${node.textContent?.trim()} (${ratio.toFixed(2)}:1)`);
    }
    return { outside, overlapping, tooSmall, lowContrast, scrolls: document.documentElement.scrollHeight > viewport.height };
  }, options.scrollArea);
  expect(problems).toEqual({ outside: [], overlapping: [], tooSmall: [], lowContrast: [], scrolls: false });
}

export interface ScrollAreaCheck {
  /** The data-testid of the element that scrolls. */
  readonly area: string;
  /** What must each have been wholly in view at one scroll position at least. */
  readonly selector: string;
  /** Elements with no height (an empty line) count as seen. */
  readonly emptyCounts?: boolean;
  /** Said when something was never wholly in view. */
  readonly message: string;
}

/**
 * A screen whose content scrolls in its own area: from the top, a screenshot, then step through it (60 % of the
 * area at a time), checking the page at each step with what is wholly inside the area, and in the end that every
 * element the selector names was wholly in view at one step at least.
 */
export async function expectWholeScrollAreaSeen(page: Page, check: ScrollAreaCheck, screenshot: string): Promise<void> {
  const area = page.getByTestId(check.area);
  await area.evaluate((element) => {
    element.scrollTop = 0;
  });
  await page.screenshot({ path: screenshot });
  const unseen = new Set(await area.evaluate((element, query) => [...element.querySelectorAll(query)].map((_, index) => index), check.selector));
  for (let step = 0; step < 40; step++) {
    await expectNothingClipped(page, { scrollArea: `[data-testid="${check.area}"]` });
    const seen = await area.evaluate((element, { query, emptyCounts }) => {
      const box = element.getBoundingClientRect();
      return [...element.querySelectorAll(query)].flatMap((child, index) => {
        const own = child.getBoundingClientRect();
        return (emptyCounts && own.height === 0) || (own.top >= box.top - 0.5 && own.bottom <= box.bottom + 0.5) ? [index] : [];
      });
    }, { query: check.selector, emptyCounts: check.emptyCounts === true });
    for (const index of seen) unseen.delete(index);
    const atEnd = await area.evaluate((element) => {
      const before = element.scrollTop;
      element.scrollTop += element.clientHeight * 0.6;
      return element.scrollTop === before;
    });
    if (atEnd) break;
  }
  expect([...unseen], check.message).toEqual([]);
}
