import { AppConfig } from '@app/config';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** Stable per reminder, so that a receiving server can spot a duplicate. */
  messageId: string;
}

/** SMTP through nodemailer, configured by SMTP_* and MAIL_FROM. */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    const { host, port, secure, user, password } = config.smtp;
    this.transport = createTransport({
      host,
      port,
      secure,
      auth: user ? { user, pass: password } : undefined,
      pool: true, // one SMTP connection per message would cap delivery at the handshake rate
      maxConnections: 5,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }

  async send(mail: Mail): Promise<void> {
    await this.transport.sendMail({ from: this.config.smtp.from, ...mail });
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
