import { describe, expect, it } from 'vitest';
import { PAYMENT_STATES } from '../../../shared/payments.ts';
import { PAYMENT_EVENT_TYPES } from '../../../shared/ipc/history.ts';
import { en } from '../../../renderer/i18n/en.ts';
import { id } from '../../../renderer/i18n/id.ts';
import {
  ALL_TIME, PERIODS, STATUS_GROUPS, groupOf, historyRequest, nearEnd, periodWindow, reachesBeforeToday, rowWindow, searchTerm, statesOf, toggled,
} from '../../../renderer/history/history-rules.ts';
import { clockText, eventKey, groupKey, periodKey, stateKey, whenText } from '../../../renderer/history/history-words.ts';

const DAY = 86_400_000;
/** 26 Nov 2026 04:00 on this machine's clock: a business day that starts at four in the morning. */
const dayStart = new Date(2026, 10, 26, 4, 0, 0, 0).getTime();

describe('status chips', () => {
  it('each group is the states people mean by it', () => {
    expect(statesOf(['paid'])).toEqual(['paid']);
    expect(statesOf(['partial'])).toEqual(['partial']);
    expect(statesOf(['waiting'])).toEqual(['creating', 'awaiting', 'checking']);
    expect(statesOf(['cancelled'])).toEqual(['cancelled']);
    expect(statesOf(['timedOut'])).toEqual(['expired', 'unpaid']);
    expect(statesOf(['failed'])).toEqual(['declined', 'stranded', 'notCreated']);
  });

  it('several groups combine, in the lifecycle\'s order; none chosen is no filter', () => {
    expect(statesOf(['failed', 'paid'])).toEqual(['declined', 'stranded', 'paid', 'notCreated']);
    expect(statesOf([])).toEqual([]);
  });

  it('every state is in exactly one group, and groupOf names it', () => {
    const all = STATUS_GROUPS.flatMap((group) => statesOf([group]));
    expect([...all].sort()).toEqual([...PAYMENT_STATES].sort());
    for (const group of STATUS_GROUPS) for (const state of statesOf([group])) expect(groupOf(state)).toBe(group);
  });
});

describe('period chips', () => {
  it('today starts at the business day main reported, with no end', () => {
    expect(periodWindow('today', dayStart)).toEqual({ from: dayStart, to: undefined });
  });

  it('yesterday is the whole business day before, ending where today begins', () => {
    expect(periodWindow('yesterday', dayStart)).toEqual({ from: new Date(2026, 10, 25, 4).getTime(), to: dayStart });
  });

  it('7 days is today and the six business days before it', () => {
    expect(periodWindow('week', dayStart)).toEqual({ from: new Date(2026, 10, 20, 4).getTime(), to: undefined });
  });

  it('steps back by calendar days, not by 24 hours, across a month\'s end', () => {
    const first = new Date(2026, 2, 1, 4).getTime();
    expect(periodWindow('yesterday', first).from).toBe(new Date(2026, 1, 28, 4).getTime());
  });

  it('"all" asks from the earliest moment the contract accepts, so main refuses it to a cashier', () => {
    expect(periodWindow('all', dayStart)).toEqual({ from: ALL_TIME, to: undefined });
    expect(new Date(ALL_TIME).toISOString()).toBe('2000-01-01T00:00:00.000Z');
  });

  it('only today is the cashier\'s', () => {
    expect(PERIODS.filter(reachesBeforeToday)).toEqual(['yesterday', 'week', 'all']);
  });
});

describe('search', () => {
  it('an amount written as people write it is searched as its digits', () => {
    expect(searchTerm('Rp 25.000')).toBe('25000');
    expect(searchTerm(' 25.000 ')).toBe('25000');
    expect(searchTerm('1,250,000')).toBe('1250000');
  });

  it('digits stay as typed (an amount or a tradeNo\'s start), other text is a reference\'s start', () => {
    expect(searchTerm('2026112609')).toBe('2026112609');
    expect(searchTerm('000123')).toBe('000123');
    expect(searchTerm('c167o1')).toBe('c167o1');
  });

  it('blank is no search, and nothing longer than main takes is sent', () => {
    expect(searchTerm('   ')).toBeUndefined();
    expect(searchTerm('x'.repeat(80))).toHaveLength(64);
  });
});

describe('the request', () => {
  const filters = { period: 'today', statuses: [], methods: [], search: '' } as const;

  it('today, unfiltered: only where it starts and the page size', () => {
    expect(historyRequest(filters, dayStart)).toEqual({ limit: 50, from: dayStart });
  });

  it('every filter narrows it, and a cursor asks for the next page', () => {
    const before = { createdAt: dayStart + 5, tradeNo: '2026112604000012345678' };
    expect(historyRequest({ period: 'yesterday', statuses: ['waiting'], methods: ['VA'], search: 'Rp 30.000' }, dayStart, before)).toEqual({
      limit: 50, from: dayStart - DAY, to: dayStart, states: ['creating', 'awaiting', 'checking'], methods: ['VA'], search: '30000', before,
    });
  });

  it('chips toggle in and out', () => {
    expect(toggled(['paid'], 'failed')).toEqual(['paid', 'failed']);
    expect(toggled(['paid', 'failed'], 'paid')).toEqual(['failed']);
  });
});

describe('the rows drawn', () => {
  it('the rows in view and the overscan on each side, never past either end', () => {
    expect(rowWindow(0, 400, 80, 300, 4)).toEqual({ start: 0, end: 9 });
    expect(rowWindow(800, 400, 80, 300, 4)).toEqual({ start: 6, end: 19 });
    expect(rowWindow(300 * 80 - 400, 400, 80, 300, 4)).toEqual({ start: 291, end: 300 });
    expect(rowWindow(0, 400, 80, 3, 4)).toEqual({ start: 0, end: 3 });
    expect(rowWindow(0, 0, 80, 0, 4)).toEqual({ start: 0, end: 0 });
  });

  it('a list of 300 draws about a view\'s worth wherever it is scrolled', () => {
    for (let top = 0; top < 300 * 80; top += 997) {
      const { start, end } = rowWindow(top, 600, 80, 300, 4);
      expect(end - start).toBeLessThanOrEqual(Math.ceil(600 / 80) + 1 + 8);
      expect(start).toBeLessThanOrEqual(Math.floor(top / 80));
      expect(end).toBeGreaterThanOrEqual(Math.min(300, Math.ceil((top + 600) / 80)));
    }
  });

  it('the next page is wanted when few rows are left below the view', () => {
    expect(nearEnd(0, 400, 80, 50, 12)).toBe(false);
    expect(nearEnd(50 * 80 - 400 - 12 * 80 + 1, 400, 80, 50, 12)).toBe(true);
    expect(nearEnd(0, 400, 80, 3, 12), 'a page shorter than the view').toBe(true);
  });
});

describe('words', () => {
  it('every state, event kind, chip and period has words in both languages', () => {
    const keys = [...PAYMENT_STATES.map(stateKey), ...PAYMENT_EVENT_TYPES.map(eventKey), ...STATUS_GROUPS.map(groupKey), ...PERIODS.map(periodKey)];
    for (const key of keys) {
      expect(id[key], key).toBeTruthy();
      expect(en[key], key).toBeTruthy();
    }
    expect(new Set(PAYMENT_STATES.map(stateKey)).size).toBe(PAYMENT_STATES.length);
    expect(new Set(PAYMENT_EVENT_TYPES.map(eventKey)).size).toBe(PAYMENT_EVENT_TYPES.length);
  });

  it('a time today is HH:MM; before today it carries the date', () => {
    const at = new Date(2026, 10, 26, 9, 5, 7).getTime();
    expect(whenText(at, dayStart, 'id')).toBe('09:05');
    expect(whenText(at, dayStart, 'id', true)).toBe('09:05:07');
    expect(whenText(at - DAY, dayStart, 'id')).toBe('25 Nov 2026 09:05');
    expect(whenText(at - 30 * DAY, dayStart, 'en')).toBe('27 Oct 2026 09:05');
    // Before 04:00 the sale still belongs to the evening before.
    expect(whenText(new Date(2026, 10, 26, 1, 30).getTime(), dayStart, 'id')).toBe('26 Nov 2026 01:30');
    expect(clockText(new Date(2026, 10, 26, 23, 59).getTime())).toBe('23:59');
  });
});
