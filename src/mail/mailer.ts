import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}

/**
 * SMTP from the environment: CCHC_SMTP_URL (smtp://user:pass@host:587) and CCHC_MAIL_FROM.
 * Without them e-mail stays in the outbox until a server is configured; nothing is lost.
 */
export function mailerFromEnv(env: NodeJS.ProcessEnv = process.env): Mailer | null {
  if (!env.CCHC_SMTP_URL) return null;
  const transport = nodemailer.createTransport(env.CCHC_SMTP_URL);
  const from = env.CCHC_MAIL_FROM ?? 'cchc@localhost';
  return {
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
