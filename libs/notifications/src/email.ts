import { createTransport, Transporter } from 'nodemailer';

// Email never carries a family's details: it says something needs attention and links to the
// portal, where the record is read under its own access rule.
export interface EmailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export interface EmailChannel {
  send(message: EmailMessage): Promise<void>;
  close(): void;
}

export class SmtpEmailChannel implements EmailChannel {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    // A pool of kept-open connections: a fan-out to many people does not reconnect per email.
    const url = new URL(smtpUrl);
    this.transport = createTransport({
      host: url.hostname,
      port: Number(url.port) || (url.protocol === 'smtps:' ? 465 : 587),
      secure: url.protocol === 'smtps:',
      auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
      pool: true,
      maxConnections: 10,
      maxMessages: 1000,
      // A send is over in well under the ten minutes an email is claimed for while it is sent
      // (nodemailer's own idle timeout is ten minutes).
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    });
  }

  async send(message: EmailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text });
  }

  close(): void {
    this.transport.close();
  }
}

// Where an email points and what it calls the service (the council's own name for it).
export interface EmailPortal {
  readonly portalUrl: string;
  readonly serviceName: string;
}

export function attentionEmail(to: string, { portalUrl, serviceName }: EmailPortal, count: number): EmailMessage {
  return {
    to,
    subject: `${serviceName}: something needs your attention`,
    text: [
      count === 1 ? `You have a new notification in the ${serviceName}.` : `You have ${count} new notifications in the ${serviceName}.`,
      '',
      `Sign in to read ${count === 1 ? 'it' : 'them'}: ${portalUrl}/inbox`,
      '',
      'This email does not contain details of any family. Do not reply to it.',
    ].join('\n'),
  };
}

// To a setting outside the council (no portal users), at its contact address: the police have
// told the council; the council's Operation Encompass contact will be in touch before the school
// day starts. Nothing about the child or the family.
export function encompassContactEmail(to: string, { serviceName }: EmailPortal, settingName: string): EmailMessage {
  return {
    to,
    subject: `${serviceName}: Operation Encompass notification for ${settingName}`,
    text: [
      `The police have made an Operation Encompass notification about a pupil at ${settingName}.`,
      '',
      'The council’s Operation Encompass contact will telephone your designated safeguarding lead before the school day starts, on a number the council holds for your setting.',
      '',
      'This email does not contain details of any child or family. Do not reply to it.',
    ].join('\n'),
  };
}

export function digestEmail(
  to: string,
  { portalUrl, serviceName }: EmailPortal,
  countsByKind: Readonly<Record<string, number>>,
): EmailMessage {
  const total = Object.values(countsByKind).reduce((a, b) => a + b, 0);
  return {
    to,
    subject: `${serviceName}: your daily summary (${total} new)`,
    text: [
      `Since yesterday's summary you have ${total} new notification${total === 1 ? '' : 's'}:`,
      ...Object.entries(countsByKind).map(([kind, n]) => `- ${kind.toLowerCase().replace(/_/g, ' ')}: ${n}`),
      '',
      `Sign in to read them: ${portalUrl}/inbox`,
      '',
      'This email does not contain details of any family. Do not reply to it.',
    ].join('\n'),
  };
}

// GOV.UK Notify, the UK public sector's notification service: the wording lives in Notify
// templates; the portal sends only the template id, the address and a link.
export interface NotifyClientLike {
  sendEmail(
    templateId: string,
    emailAddress: string,
    options: { personalisation: Record<string, string>; reference?: string },
  ): Promise<unknown>;
}

export interface NotifyTemplates {
  readonly attention: string;
  readonly digest: string;
}

export class GovUkNotifyEmailChannel implements EmailChannel {
  constructor(
    private readonly client: NotifyClientLike,
    private readonly templates: NotifyTemplates,
  ) {}

  async send(message: EmailMessage): Promise<void> {
    const digest = message.subject.includes('daily summary');
    await this.client.sendEmail(digest ? this.templates.digest : this.templates.attention, message.to, {
      personalisation: { subject: message.subject, body: message.text },
    });
  }

  close(): void {
    // Notify is called over HTTPS per message; nothing is held open.
  }
}
