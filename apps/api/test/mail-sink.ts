import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  readonly to: string;
  readonly raw: string;
}

export interface MailSink {
  readonly port: number;
  readonly mail: ReceivedMail[];
  close(): Promise<void>;
}

// An SMTP sink on 127.0.0.1 that keeps what it receives, so tests can read and count the mail;
// `delayMs` makes it as slow as a real relay, so a burst builds a queue.
export async function startMailSink(options: { readonly delayMs?: number } = {}): Promise<MailSink> {
  const mail: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        setTimeout(() => {
          mail.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw });
          callback();
        }, options.delayMs ?? 0);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    mail,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
