/**
 * The embassy command, run in-process against a fresh database. Settings reach it through the
 * environment, as they would from a shell.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.ts';
import { openTestDb } from '../helpers.ts';

let drop: () => Promise<void>;
const saved = { ...process.env };

beforeAll(async () => {
  const t = await openTestDb();
  drop = t.drop;
  // The CLI opens the database itself: only one handle may hold a PGlite folder.
  await t.db.close();
  for (const k of ['DATABASE_URL', 'DATA_DIR', 'PORT']) delete process.env[k];
  if (t.url) process.env.DATABASE_URL = t.url;
  else process.env.DATA_DIR = t.dir;
  process.env.LOG_LEVEL = 'silent';
  process.env.PUBLIC_URL = 'http://embassy.test';
});
afterAll(async () => {
  process.env = saved;
  await drop();
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  try {
    const code = await main(argv, (s) => out.push(s));
    return { code, out: out.join('\n'), err: err.join('') };
  } finally {
    spy.mockRestore();
  }
}

function withStdin(text: string) {
  const original = Object.getOwnPropertyDescriptor(process, 'stdin')!;
  Object.defineProperty(process, 'stdin', { value: Readable.from([Buffer.from(text)]), configurable: true });
  return () => Object.defineProperty(process, 'stdin', original);
}

describe('embassy CLI', () => {
  it('creates an organisation, and refuses a duplicate or a bad slug clearly', async () => {
    expect((await run('org', 'create', 'acme', '--name', 'Acme Bank')).code).toBe(0);
    const dup = await run('org', 'create', 'acme', '--name', 'Acme Bank');
    expect(dup.code).toBe(1);
    expect(dup.err).toMatch(/already exists/);
    const bad = await run('org', 'create', 'Not A Slug', '--name', 'X');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/slug/i);
  });

  it('adds a user with a password from stdin and creates a token printed alone on the last line', async () => {
    const restore = withStdin('a long enough passphrase\n');
    try {
      const added = await run('user', 'add', '--org', 'acme', '--email', 'HR@acme.be', '--role', 'admin', '--password-stdin');
      expect(added.code, added.err).toBe(0);
    } finally {
      restore();
    }
    const t = await run('token', 'create', '--org', 'acme', '--email', 'hr@acme.be');
    expect(t.code).toBe(0);
    expect(t.out.split('\n').at(-1)).toMatch(/^emb_[\w-]{40,}$/);
  });

  it('invites a user by mail when no password is given', async () => {
    const r = await run('user', 'add', '--org', 'acme', '--email', 'coord@acme.be', '--role', 'coordinator');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/invitation#token=/);
  });

  it('refuses an unknown role, a missing flag and an unknown organisation', async () => {
    expect((await run('user', 'add', '--org', 'acme', '--email', 'x@acme.be', '--role', 'boss')).err).toMatch(/Unknown role/);
    expect((await run('token', 'create', '--org', 'acme')).err).toMatch(/--email/);
    const r = await run('import', 'people', __filename, '--org', 'nope');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/No organisation with slug "nope"/);
  });

  it('imports people, and lists every bad row without writing anything', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'embassy-cli-'));
    const good = path.join(dir, 'good.csv');
    fs.writeFileSync(good, '\uFEFFMatricule;Prénom;Nom;Courriel\nA1;Zoé;Lambert;zoe@acme.be\nA2;Louis;Simon;louis@acme.be\n');
    const ok = await run('import', 'people', good, '--org', 'acme');
    expect(ok.code, ok.err).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, 'Matricule;Prénom;Nom;Courriel\nA3;;Dupont;x@acme.be\nA4;Emma;Martin;nope\n');
    const r = await run('import', 'people', bad, '--org', 'acme');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/row 2, column "Prénom"/);
    expect(r.err).toMatch(/row 3, column "Courriel"/);
  });

  it('seeds a deterministic organisation of any size', async () => {
    const r = await run('seed', '--org', 'synthetic', '--employees', '120', '--seed', '7');
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ org: 'synthetic', created: 120 });
    const again = await run('seed', '--org', 'synthetic', '--employees', '120', '--seed', '7');
    expect(JSON.parse(again.out)).toMatchObject({ created: 0, unchanged: 120 });
  });

  it('prints help and fails on an unknown command', async () => {
    const r = await run('frobnicate');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Unknown command/);
  });

  it('prints help with exit code 0 when asked, for every command', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.out).toMatch(/^Usage: embassy <command>/);
      expect(r.out).toMatch(/import people <file\.csv> --org <slug>/);
    }
    for (const argv of [
      ['org', 'create', '--help'],
      ['user', 'add', '-h'],
      ['token', 'create', '--help'],
      ['moments', 'run', '--help'],
      ['seed', '--help'],
      ['migrate', '--help'],
      ['start', '--help'],
    ]) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.out).toMatch(new RegExp(`^Usage: embassy ${argv[0]}`));
      expect(r.err).toBe('');
    }
    const group = await run('org', '--help');
    expect(group.code).toBe(0);
    expect(group.out).toMatch(/embassy org create <slug> --name <name>/);
    const bare = await run();
    expect(bare.code).toBe(1);
    expect(bare.err).toMatch(/Usage: embassy <command>/);
  });

  it('refuses an unknown option, naming it, and a missing or extra argument', async () => {
    const r = await run('org', 'create', 'acme2', '--name', 'Acme', '--colour', 'blue');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Unknown option '--colour'/);
    expect(r.err).toMatch(/embassy org create --help/);
    const flagFirst = await run('--verbose');
    expect(flagFirst.code).toBe(1);
    expect(flagFirst.err).toMatch(/--verbose/);
    const noValue = await run('org', 'create', 'acme2', '--name');
    expect(noValue.code).toBe(1);
    expect(noValue.err).toMatch(/--name/);
    const noSlug = await run('org', 'create', '--name', 'Acme');
    expect(noSlug.code).toBe(1);
    expect(noSlug.err).toMatch(/Missing the slug/);
    const extra = await run('migrate', 'now');
    expect(extra.code).toBe(1);
    expect(extra.err).toMatch(/Unexpected argument "now"/);
    const noSub = await run('token');
    expect(noSub.code).toBe(1);
    expect(noSub.err).toMatch(/embassy token create --org <slug>/);
  });

  it('refuses to open an embedded data folder another running process holds', async () => {
    if (!process.env.DATA_DIR) return; // PostgreSQL has no such lock
    const lock = path.join(process.env.DATA_DIR, 'embassy.lock');
    // The parent process is alive and is not us: it stands in for a running server.
    fs.writeFileSync(lock, JSON.stringify({ pid: process.ppid, command: 'start', url: 'http://127.0.0.1:3000' }));
    try {
      const r = await run('migrate');
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/in use by Embassy process .* \(the server at http:\/\/127\.0\.0\.1:3000\)/);
    } finally {
      fs.rmSync(lock);
    }
    // A lock left by a process that is gone is taken over.
    fs.writeFileSync(lock, JSON.stringify({ pid: 999_999_999, command: 'start' }));
    expect((await run('migrate')).code).toBe(0);
  });
});
