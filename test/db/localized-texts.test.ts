/**
 * Migration 012 turns journey names, descriptions, step names, task titles and checklists into
 * localized texts: existing data is migrated from 011, texts of a ready template get all three
 * languages, anything else lands under the organisation's default language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/db.ts';
import { loadMigrations, migrate } from '../../src/db/migrate.ts';
import { openPglite } from '../../src/db/pglite.ts';

let db: Db;
const ids: Record<string, string> = {};

async function insert(sql: string, params: unknown[]): Promise<string> {
  const [row] = await db.query<{ id: string }>(`${sql} returning id`, params);
  return row.id;
}

beforeAll(async () => {
  db = await openPglite(undefined);
  const all = loadMigrations();
  await migrate(
    db,
    all.filter((m) => m.version < 12),
  );
  const now = new Date('2026-03-01T09:00:00Z');
  ids.nl = await insert(`insert into organisations (slug, name, default_language) values ('acme-nl', 'Acme NL', 'nl')`, []);
  ids.de = await insert(`insert into organisations (slug, name, default_language) values ('acme-de', 'Acme DE', 'de')`, []);
  ids.person = await insert(`insert into people (org_id, employee_number, first_name, last_name) values ($1, 'E1', 'Jan', 'Peeters')`, [
    ids.nl,
  ]);
  // As 011 left them: the template's English names, and a journey HR named themselves.
  ids.onboarding = await insert(
    `insert into journeys (org_id, template_key, name, description, created_at, updated_at) values ($1, 'onboarding', 'Onboarding', $2, $3, $3)`,
    [ids.nl, 'The welcome day, the first day, the onboarding record, and feedback at 30, 60 and 90 days.', now],
  );
  ids.own = await insert(`insert into journeys (org_id, name, created_at, updated_at) values ($1, 'Eigen traject', $2, $2)`, [ids.nl, now]);
  ids.german = await insert(`insert into journeys (org_id, name, created_at, updated_at) values ($1, 'Willkommen', $2, $2)`, [ids.de, now]);
  const task = {
    title: 'Onboarding record for {{personName}}',
    owner: 'hr',
    dueDays: 10,
    checklist: ['Safety and well-being information given', 'Badge ready'],
  };
  ids.record = await insert(
    `insert into journey_steps (org_id, journey_id, name, kind, recipient, anchor, task, created_at, updated_at)
     values ($1, $2, 'Onboarding record', 'task', 'hr', 'start_date', $3, $4, $4)`,
    [ids.nl, ids.onboarding, JSON.stringify(task), now],
  );
  ids.renamed = await insert(
    `insert into journey_steps (org_id, journey_id, name, kind, recipient, anchor, created_at, updated_at)
     values ($1, $2, 'Onze eigen verwelkoming', 'message', 'person', 'start_date', $3, $3)`,
    [ids.nl, ids.onboarding, now],
  );
  const delivery = await insert(
    `insert into deliveries (org_id, person_id, step_id, occurrence, due_date, due_at, next_attempt_at, message_id, created_at)
     values ($1, $2, $3, '2026-03-02', '2026-03-02', $4, $4, 'm1', $4)`,
    [ids.nl, ids.person, ids.record, now],
  );
  ids.task = await insert(
    `insert into tasks (org_id, delivery_id, person_id, owner_role, title, checklist, created_at) values ($1, $2, $3, 'hr', $4, $5, $6)`,
    [
      ids.nl,
      delivery,
      ids.person,
      'Onboarding record for Jan Peeters',
      JSON.stringify([
        { label: 'Safety and well-being information given', done: true },
        { label: 'Badge ready', done: false },
      ]),
      now,
    ],
  );
  expect(await migrate(db)).toContain('012_localized_texts');
});
afterAll(() => db.close());

const one = async <T>(sql: string, params: unknown[]) => (await db.query<T>(sql, params))[0];

describe('migration 012', () => {
  it("fills all three languages of a template's texts and keeps other texts in the organisation's language", async () => {
    expect(await one('select name, description from journeys where id = $1', [ids.onboarding])).toEqual({
      name: { nl: 'Onboarding', fr: 'Accueil et intégration', en: 'Onboarding' },
      description: {
        nl: 'De onthaaldag, de eerste dag, het onthaaldossier en feedback na 30, 60 en 90 dagen.',
        fr: "La journée d'accueil, le premier jour, le dossier d'accueil et un feedback à 30, 60 et 90 jours.",
        en: 'The welcome day, the first day, the onboarding record, and feedback at 30, 60 and 90 days.',
      },
    });
    expect(await one('select name, description from journeys where id = $1', [ids.own])).toEqual({
      name: { nl: 'Eigen traject' },
      description: {},
    });
    // German is no interface language: the text goes under English, which every reader can fall back to.
    expect(await one('select name from journeys where id = $1', [ids.german])).toEqual({ name: { en: 'Willkommen' } });
  });

  it("localizes step names and a task step's title and checklist, item by item", async () => {
    expect(await one('select name, task from journey_steps where id = $1', [ids.record])).toEqual({
      name: { nl: 'Onthaaldossier', fr: "Dossier d'accueil", en: 'Onboarding record' },
      task: {
        title: {
          nl: 'Onthaaldossier van {{personName}}',
          fr: "Dossier d'accueil de {{personName}}",
          en: 'Onboarding record for {{personName}}',
        },
        owner: 'hr',
        dueDays: 10,
        checklist: [
          {
            nl: 'Informatie over veiligheid en welzijn gegeven',
            fr: 'Informations sur la sécurité et le bien-être données',
            en: 'Safety and well-being information given',
          },
          { nl: 'Badge ready' },
        ],
      },
    });
    expect(await one('select name from journey_steps where id = $1', [ids.renamed])).toEqual({ name: { nl: 'Onze eigen verwelkoming' } });
  });

  it("localizes tasks already made, with the person's name filled in, keeping what was ticked", async () => {
    expect(await one('select title, checklist from tasks where id = $1', [ids.task])).toEqual({
      title: { nl: 'Onthaaldossier van Jan Peeters', fr: "Dossier d'accueil de Jan Peeters", en: 'Onboarding record for Jan Peeters' },
      checklist: [
        {
          label: {
            nl: 'Informatie over veiligheid en welzijn gegeven',
            fr: 'Informations sur la sécurité et le bien-être données',
            en: 'Safety and well-being information given',
          },
          done: true,
        },
        { label: { nl: 'Badge ready' }, done: false },
      ],
    });
  });

  it('refuses a name that is not a localized text', async () => {
    await expect(db.query(`update journeys set name = '{}'::jsonb where id = $1`, [ids.own])).rejects.toThrow(/journeys_name_localized/);
    await expect(db.query(`update journeys set name = '"Plain"'::jsonb where id = $1`, [ids.own])).rejects.toThrow(
      /journeys_name_localized/,
    );
  });
});
