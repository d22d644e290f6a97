import { describe, expect, it } from 'vitest';
import { parseEnvelope, readBalance, readPayIn, readQueryPayIn } from '../../electron/paypro/parse.ts';

describe("lenient reading of Paypro's answers", () => {
  it('reads the documented envelope with booleans and numbers as either type', () => {
    expect(parseEnvelope('{"msg":"success","code":"0000","timestamp":1728609277476,"success":true,"data":{}}'))
      .toMatchObject({ code: '0000', success: true, timestamp: 1728609277476 });
    expect(parseEnvelope('{"msg":"x","code":8000,"timestamp":"1728609277476","success":"false"}'))
      .toMatchObject({ code: '8000', success: false, timestamp: 1728609277476, data: undefined });
  });

  it('refuses what is not an envelope', () => {
    for (const body of ['', 'OK', '<html>502</html>', '{"msg":"success"', '[]', 'null', '{"msg":"no code"}', '{"code":{}}']) {
      expect(parseEnvelope(body)).toBeUndefined();
    }
  });

  it('reads amounts sent as strings or numbers', () => {
    const query = readQueryPayIn({ tradeNo: 't1', platFormTradeNo: 'p', status: '0001', orderAmount: '300.00', payAmount: 200, message: 'part' });
    expect(query).toMatchObject({ status: '0001', orderAmount: 300, payAmount: 200 });
    expect(readQueryPayIn({ tradeNo: 't1', status: 15 })?.status).toBe('15');
    expect(readQueryPayIn({ tradeNo: 't1', status: '0000', payAmount: 'lots' })?.payAmount).toBeUndefined();
  });

  it('reads the Indonesian balance spelling and the usual one', () => {
    expect(readBalance({ availablAmount: 9998989.0, unsettledAmount: '0.0000', freezeAmount: 0 })).toEqual({
      availableAmount: 9998989, unsettledAmount: 0, freezeAmount: 0,
    });
    expect(readBalance({ availableAmount: '12.50' })?.availableAmount).toBe(12.5);
  });

  it('returns undefined when payIn data lacks what the till relies on', () => {
    expect(readPayIn({ tradeNo: 't', status: '0015' })).toBeUndefined();
    expect(readPayIn(undefined)).toBeUndefined();
    expect(readPayIn({ tradeNo: 't', platFormTradeNo: 'p', status: '0015', qrString: 'Q' })?.qrString).toBe('Q');
  });
});
