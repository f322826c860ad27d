// The port one-time codes leave by. The default logs that a code was sent (never the code in production) and, in
// development and demo mode, keeps the last code per mobile so the demo can show it. With an SMS provider
// configured the port is bound to it (sms-one-time-code.sender.ts). Tests use CapturingOneTimeCodeSender.
import { Logger } from '@nestjs/common';

export const ONE_TIME_CODE_SENDER = Symbol('ONE_TIME_CODE_SENDER');

export interface OneTimeCodeSender {
  send(mobile: string, code: string, purpose: string): Promise<void>;
}

/** A sender that can say which code it last sent to a mobile (development, demo, tests). */
export interface CodeReader {
  lastCode(mobile: string, purpose?: string): string | null;
}

export function canReadCodes(sender: OneTimeCodeSender): sender is OneTimeCodeSender & CodeReader {
  return typeof (sender as Partial<CodeReader>).lastCode === 'function';
}

/** Keeps every code it is given, newest last. */
export class CapturingOneTimeCodeSender implements OneTimeCodeSender, CodeReader {
  readonly sent: { mobile: string; code: string; purpose: string }[] = [];

  async send(mobile: string, code: string, purpose: string): Promise<void> {
    this.sent.push({ mobile, code, purpose });
    // Old entries go: a long-running demo must not grow without bound.
    if (this.sent.length > 1000) this.sent.splice(0, this.sent.length - 1000);
  }

  lastCode(mobile: string, purpose?: string): string | null {
    for (let i = this.sent.length - 1; i >= 0; i--) {
      const s = this.sent[i]!;
      if (s.mobile === mobile && (!purpose || s.purpose === purpose)) return s.code;
    }
    return null;
  }
}

/** The default: a log line per code; the code itself is kept (and logged) only outside production. */
export class LoggingOneTimeCodeSender extends CapturingOneTimeCodeSender {
  private readonly logger = new Logger('OneTimeCode');

  constructor(private readonly revealCodes: boolean) {
    super();
  }

  override async send(mobile: string, code: string, purpose: string): Promise<void> {
    const masked = mobile.slice(0, 3) + '****' + mobile.slice(-4);
    if (this.revealCodes) {
      await super.send(mobile, code, purpose);
      this.logger.log(`${purpose} code for ${masked}: ${code} (development: no SMS channel configured)`);
    } else {
      this.logger.warn(`${purpose} code for ${masked} not delivered: no SMS channel configured`);
    }
  }

  override lastCode(mobile: string, purpose?: string): string | null {
    return this.revealCodes ? super.lastCode(mobile, purpose) : null;
  }
}
