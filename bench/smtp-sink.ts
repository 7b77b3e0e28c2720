/**
 * A local SMTP sink in its own process (forked by deliveries.ts, so its parsing does not share the
 * sender's event loop): accepts every mail, counts them and their distinct Message-IDs, and answers
 * { received, distinct } to any IPC message ('reset' zeroes the counts first). Sends { port } once listening.
 */
import { SMTPServer } from 'smtp-server';

let received = 0;
const ids = new Set<string>();
const sink = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, _session, callback) {
    let head = '';
    stream.on('data', (chunk: Buffer) => {
      if (head.length < 4096) head += chunk.toString('utf8');
    });
    stream.on('end', () => {
      received++;
      ids.add(/^Message-ID:\s*(<[^>]+>)/im.exec(head)?.[1] ?? 'missing');
      callback();
    });
  },
});
sink.on('error', () => {});
sink.listen(0, '127.0.0.1', () => {
  process.send!({ port: (sink.server.address() as { port: number }).port });
});
process.on('message', (m) => {
  if (m === 'reset') {
    received = 0;
    ids.clear();
  }
  process.send!({ received, distinct: ids.size });
});
process.on('disconnect', () => sink.close(() => process.exit(0)));
