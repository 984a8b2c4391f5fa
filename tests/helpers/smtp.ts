import { SMTPServer } from 'smtp-server';

// A local SMTP server for the tests of the e-mail reminders: it takes every message (no TLS,
// no sign-in) and keeps each with its envelope's recipients.

export interface Received {
  to: string[];
  raw: string;
}

/** Listens on a free port of 127.0.0.1 until closed. */
export function startSmtp(): Promise<{
  port: number;
  received: Received[];
  close: () => Promise<void>;
}> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        port,
        received,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/** A header's value, decoded when it is encoded-word (=?UTF-8?Q?…?=). */
export const mailHeader = (raw: string, name: string) => {
  const line = raw.split(/\r?\n(?![ \t])/).find((l) => l.toLowerCase().startsWith(`${name}:`));
  const value = (line ?? '')
    .slice(name.length + 1)
    .replace(/\r?\n[ \t]+/g, ' ')
    .trim();
  return value.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text
            .replace(/_/g, ' ')
            .replace(/=([0-9A-F]{2})/gi, (_m, h: string) =>
              String.fromCharCode(Number.parseInt(h, 16)),
            ),
          'latin1',
        ).toString('utf8'),
  );
};
