// The one place the API talks SMTP (nodemailer). Tests point SMTP_URL at a server of their own.
import type { Transporter } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** A mailer for `smtp://` or `smtps://` URLs (user and password in the URL when the server asks). */
export function createSmtpMailer(options: { smtpUrl: string; from: string }): Mailer {
  // nodemailer is loaded on the first e-mail, not at start-up (most starts send none for a while).
  let transport: Promise<Transporter> | undefined;
  const transporter = () =>
    (transport ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport({
        url: options.smtpUrl,
        // A mail server that hangs must not hold a claimed notification for long: the claim's
        // lease is two minutes, and a failure is retried with backoff.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      }),
    ));
  return {
    async send(m) {
      const t = await transporter();
      await t.sendMail({ from: options.from, to: m.to, subject: m.subject, text: m.text });
    },
    close() {
      void transport?.then((t) => t.close());
    },
  };
}

/**
 * A send failure as a log may carry it: the SMTP code and the server's words with any e-mail
 * address taken out (a rejected recipient's address is personal data).
 */
export function failureSummary(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown; message?: unknown };
  const code = [e.code, e.responseCode].filter((x) => x !== undefined).join(' ');
  const message = typeof e.message === 'string' ? e.message : String(error);
  const clean = message.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, '[address]').slice(0, 200);
  return code ? `${code}: ${clean}` : clean;
}
