import { describe, expect, it } from 'vitest';
import { CounterFeed } from '../../electron/main/counter-feed.ts';

/** What a customer-facing window may hear about payments (electron/main/counter-feed.ts). */
const update = (tradeNo: string, onCounter: boolean) => ({ tradeNo, onCounter, state: 'awaiting' });

describe('counter feed for customer windows', () => {
  it('passes the payment on the counter, and the one update in which it leaves, then nothing more about it', () => {
    const feed = new CounterFeed();
    expect(feed.admit(update('A', true))).toBe(true);
    expect(feed.admit(update('A', true))).toBe(true);
    expect(feed.admit(update('A', false))).toBe(true);
    // Money arriving later for the payment that was let go: another customer's business now.
    expect(feed.admit(update('A', false))).toBe(false);
  });

  it('never passes a late payment of an earlier customer while the next one is on the counter', () => {
    const feed = new CounterFeed();
    feed.admit(update('A', true));
    expect(feed.admit(update('B', true))).toBe(true);
    // Starting B dismisses A: that departure is not the customer's at the counter now.
    expect(feed.admit(update('A', false))).toBe(false);
    expect(feed.admit(update('B', false))).toBe(true);
  });

  it('starts from the payment main has on the counter after a restart, unless an update came first', () => {
    const restarted = new CounterFeed();
    restarted.start(update('A', true));
    expect(restarted.admit(update('A', false))).toBe(true);

    const alreadyMoving = new CounterFeed();
    alreadyMoving.admit(update('B', true));
    alreadyMoving.start(update('A', true));
    expect(alreadyMoving.admit(update('A', false))).toBe(false);

    const empty = new CounterFeed();
    empty.start(null);
    expect(empty.admit(update('A', false))).toBe(false);
  });

  it('passes nothing it cannot read', () => {
    const feed = new CounterFeed();
    for (const hostile of [undefined, null, 'A', { tradeNo: 'A' }, { tradeNo: 1, onCounter: true }]) expect(feed.admit(hostile)).toBe(false);
  });
});
