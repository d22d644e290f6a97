import { describe, expect, it } from 'vitest';
import { classifyStatus, isAccepted, isFinalOutcome } from '../../shared/paypro/status.ts';

describe('status classification (paypro-api.md §4)', () => {
  it.each([
    ['0000', 'paid'], ['0001', 'partial'], ['0015', 'pending'], ['00029', 'failed'], ['00032', 'failed'],
    ['0100019', 'failed'], ['60019', 'failed'], ['', 'failed'], ['000', 'failed'], [' 0000 ', 'paid'], ['SUCCESS', 'failed'],
  ] as const)('data.status %j → %s', (status, outcome) => {
    expect(classifyStatus(status)).toBe(outcome);
  });

  it('only pending is not final', () => {
    expect(isFinalOutcome('pending')).toBe(false);
    expect(['paid', 'partial', 'failed'].every((o) => isFinalOutcome(o as 'paid'))).toBe(true);
  });

  it('outer code 0000 only means the call was accepted', () => {
    expect(isAccepted('0000')).toBe(true);
    expect(isAccepted('8000')).toBe(false);
    expect(isAccepted('5000')).toBe(false);
  });
});
