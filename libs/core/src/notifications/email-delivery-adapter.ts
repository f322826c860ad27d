// E-mail over SMTP (nodemailer): the notice's title as the subject, its body and link as plain text.
import type { Transporter } from 'nodemailer';
import { emailMessage } from '@app/domain';
import type { DeliveryAdapter, OutgoingNotification } from './delivery-adapter.js';

export interface EmailDeliveryOptions {
  smtpUrl: string;
  from: string;
  /** For the links in e-mails; without it an e-mail names no link. */
  publicUrl: string | null;
}

export class EmailDeliveryAdapter implements DeliveryAdapter {
  readonly channel = 'email';
  readonly optIn = 'EMAIL' as const;
  /** nodemailer is loaded with the first e-mail: a process that sends none does not hold it. */
  private transport: Promise<Transporter> | null = null;
  private readonly url: string;

  constructor(private readonly options: EmailDeliveryOptions) {
    const url = new URL(options.smtpUrl);
    for (const [name, ms] of [
      ['connectionTimeout', 10_000],
      ['greetingTimeout', 10_000],
      ['socketTimeout', 20_000],
    ] as const) {
      if (!url.searchParams.has(name)) url.searchParams.set(name, String(ms));
    }
    this.url = url.toString();
  }

  private connect(): Promise<Transporter> {
    return (this.transport ??= import('nodemailer').then((m) => m.default.createTransport(this.url)));
  }

  async deliver(n: OutgoingNotification): Promise<void> {
    if (!n.email) throw new Error('收件人没有电子邮件地址');
    const message = emailMessage(n, n.link, this.options.publicUrl);
    await (
      await this.connect()
    ).sendMail({
      from: this.options.from,
      to: n.email,
      subject: message.subject,
      text: message.text,
    });
  }

  close(): void {
    void this.transport?.then((t) => t.close());
  }
}
