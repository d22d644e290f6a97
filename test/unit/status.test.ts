import { describe, expect, it } from 'vitest';
import { classifyStatus, isAccepted } from '../../shared/paypro/status.ts';

describe('status classification (paypro-api.md §4)', () => {
  it.each([
    ['0000', 'paid'], ['0001', 'partial'], ['0015', 'pending'], [' 0000 ', 'paid'],
    ['00029', 'failed'], ['00032', 'failed'], ['0100019', 'failed'], ['60019', 'failed'], ['00028', 'failed'],
  ] as const)('data.status %j → %s', (status, outcome) => {
    expect(classifyStatus(status)).toBe(outcome);
  });

  it.each(['', '000', 'SUCCESS', '9999', '0002', '00030'])('a status nobody documented (%j) is not called a failure', (status) => {
    expect(classifyStatus(status)).toBe('unrecognised');
  });

  it('outer code 0000 only means the call was accepted', () => {
    expect(isAccepted('0000')).toBe(true);
    expect(isAccepted('8000')).toBe(false);
    expect(isAccepted('5000')).toBe(false);
  });
});
