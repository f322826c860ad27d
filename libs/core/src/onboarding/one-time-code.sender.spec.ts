import { describe, expect, it } from 'vitest';
import {
  CapturingOneTimeCodeSender,
  LoggingOneTimeCodeSender,
  canReadCodes,
} from './one-time-code.sender.js';

describe('one-time code senders', () => {
  it('the capturing sender answers the newest code per mobile and purpose', async () => {
    const s = new CapturingOneTimeCodeSender();
    await s.send('13800138000', '111111', 'EXPERT_CLAIM');
    await s.send('13800138000', '222222', 'EXPERT_INVITE');
    expect(s.lastCode('13800138000')).toBe('222222');
    expect(s.lastCode('13800138000', 'EXPERT_CLAIM')).toBe('111111');
    expect(s.lastCode('13900139000')).toBeNull();
    expect(canReadCodes(s)).toBe(true);
  });

  it('the logging default keeps codes only when it may reveal them (development, demo)', async () => {
    const dev = new LoggingOneTimeCodeSender(true);
    const prod = new LoggingOneTimeCodeSender(false);
    await dev.send('13800138000', '123456', 'EXPERT_CLAIM');
    await prod.send('13800138000', '123456', 'EXPERT_CLAIM');
    expect(dev.lastCode('13800138000')).toBe('123456');
    expect(prod.lastCode('13800138000')).toBeNull();
  });
});
