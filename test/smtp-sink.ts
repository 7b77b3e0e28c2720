/** A real SMTP server on loopback that keeps every message it accepts, raw. */
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  port: number;
  url: string;
  received: string[];
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 200,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push(Buffer.concat(chunks).toString('latin1'));
        callback();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export interface MessageIdSink {
  port: number;
  /** How many copies of each Message-ID arrived ('missing' for a mail without one). */
  received: Map<string, number>;
  close(): Promise<void>;
}

/**
 * A real SMTP server on loopback that counts the copies of each Message-ID it accepts, reading only
 * a mail's head: for the tests that send thousands of mails from several processes (the crash test,
 * scale-out). Senders killed mid-session drop their connections: expected there, not an error.
 */
export async function startMessageIdSink(): Promise<MessageIdSink> {
  const received = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 4096) head += chunk.toString('utf8');
      });
      stream.on('end', () => {
        const id = /^Message-ID:\s*(<[^>]+>)/im.exec(head)?.[1] ?? 'missing';
        received.set(id, (received.get(id) ?? 0) + 1);
        callback();
      });
    },
  });
  server.on('error', () => {});
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.server.address() as { port: number }).port;
  return { port, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}
