/**
 * PGlite is one process's database: two processes opening the same data folder would corrupt it.
 * A lock file holds the owner's pid and address; a second process refuses to start and says who
 * holds the folder. A lock left by a crashed process (its pid is gone) is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly owner: { pid: number; url?: string; command?: string },
    dataDir: string,
  ) {
    super(
      `The data folder ${dataDir} is in use by Embassy process ${owner.pid}` +
        (owner.url ? ` (the server at ${owner.url})` : owner.command ? ` (embassy ${owner.command})` : '') +
        '. The embedded database allows one process at a time: stop that process first, or use the web app or the API of the running server.',
    );
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireDataDirLock(dataDir: string, info: { url?: string; command: string }): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'embassy.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify({ pid: process.pid, ...info, since: new Date().toISOString() }), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          const owner = JSON.parse(fs.readFileSync(file, 'utf8'));
          if (owner.pid === process.pid) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let owner: { pid: number; url?: string; command?: string } | undefined;
      try {
        owner = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch {
        owner = undefined;
      }
      if (owner && owner.pid !== process.pid && alive(owner.pid)) throw new DataDirLockedError(owner, dataDir);
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock the data folder ${dataDir}.`);
}
