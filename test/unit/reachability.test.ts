import { describe, expect, it } from 'vitest';
import type { Reachability } from '../../electron/app/reachability.ts';
import { GatewayReachability } from '../../electron/app/reachability.ts';
import { OffsetClock } from '../support/offset-clock.ts';

/** The offline state: suspected by failures, confirmed by a probe, lifted by the probe when Paypro answers. */
function setup(answers: boolean[]) {
  const clock = new OffsetClock();
  const changes: Reachability[] = [];
  let probes = 0;
  const reachability = new GatewayReachability({
    clock, retryMs: 10_000, maxRetryMs: 40_000,
    probe: async () => {
      probes += 1;
      return answers.shift() ?? true;
    },
    onChange: (state) => changes.push(state),
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
  return { clock, changes, reachability, settle, probes: () => probes };
}

describe('gateway reachability', () => {
  it('a suspicion that the probe does not confirm changes nothing', async () => {
    const { reachability, changes, settle, probes } = setup([true]);
    reachability.suspect();
    await settle();
    expect([reachability.state, changes, probes()]).toEqual(['reachable', [], 1]);
  });

  it('confirmed: unreachable, then probes on its own (10 s, 20 s, 40 s, 40 s …) until Paypro answers', async () => {
    const { reachability, changes, clock, settle, probes } = setup([false, false, false, false, true]);
    reachability.suspect();
    await settle();
    expect([reachability.state, changes]).toEqual(['unreachable', ['unreachable']]);
    reachability.suspect();
    await settle();
    expect(probes(), 'no second probe while the retry is planned').toBe(1);
    for (const [step, expected] of [[10_000, 2], [20_000, 3], [39_000, 3], [1_000, 4], [40_000, 5]] as const) {
      clock.advance(step);
      await settle();
      expect(probes(), `after ${step} ms`).toBe(expected);
    }
    expect([reachability.state, changes]).toEqual(['reachable', ['unreachable', 'reachable']]);
  });

  it('a probe that throws counts as unreachable; close stops the probing', async () => {
    const { reachability, clock, settle, probes } = setup([]);
    const throwing = new GatewayReachability({
      clock, probe: async () => { throw new Error('socket hang up'); }, onChange: () => undefined,
    });
    throwing.suspect();
    await settle();
    expect(throwing.state).toBe('unreachable');
    throwing.close();
    reachability.close();
    clock.advance(600_000);
    await settle();
    expect(probes()).toBe(0);
  });
});
