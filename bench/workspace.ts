/**
 * What the benchmarks of one engine share: a store seeded by the CLI with the big organisation, for
 * servers started as child processes (cold start, memory). Made on first use, dropped when no later
 * benchmark needs it.
 */
import { freshStore, type Options, type Store } from './env.ts';
import { progress, type Engine } from './lib.ts';
import { DEMO_PASSWORD, embassyEnv, ensureBuilt, runCli } from './proc.ts';

export interface Seeded {
  store: Store;
  slug: string;
  /** An admin API token of the seeded organisation. */
  token: string;
  seedMs: number;
}

export class Workspace {
  private seededStore?: Promise<Seeded>;

  constructor(
    readonly engine: Engine,
    readonly opts: Options,
  ) {}

  /** A store holding org "big" seeded by `embassy seed --org big --employees N`, with an admin token. */
  seeded(): Promise<Seeded> {
    this.seededStore ??= (async () => {
      await ensureBuilt();
      const store = await freshStore(this.engine, this.opts, 'seeded');
      const env = embassyEnv(store.env);
      progress(`${this.engine}: embassy seed --org big --employees ${this.opts.people}`);
      const { ms: seedMs } = await runCli(['seed', '--org', 'big', '--employees', String(this.opts.people)], env);
      progress(`${this.engine}: seeded in ${(seedMs / 1000).toFixed(1)} s`);
      const email = 'bench-admin@big.embassy.test';
      await runCli(['user', 'add', '--org', 'big', '--email', email, '--role', 'admin', '--password-stdin'], env, DEMO_PASSWORD);
      const { stdout } = await runCli(['token', 'create', '--org', 'big', '--email', email, '--name', 'bench'], env);
      const token = stdout.trim().split('\n').pop()!.trim();
      return { store, slug: 'big', token, seedMs };
    })();
    return this.seededStore;
  }

  async release(): Promise<void> {
    const seeded = this.seededStore;
    this.seededStore = undefined;
    await (await seeded?.catch(() => undefined))?.store.drop();
  }
}
