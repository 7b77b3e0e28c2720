/**
 * The demo's ambassador program: a handful of synthetic employees who opted in themselves (through
 * the same services a person uses), some external, some internal, one behind the scenes, with
 * stories in their own words, and the coordinators' tips and a training.
 */
import type { AppContext } from './platform/context.ts';
import { systemActor, type Actor } from './platform/policy.ts';
import * as ambassadors from './modules/ambassadors/ambassadors.service.ts';
import * as stories from './modules/ambassadors/stories.service.ts';
import * as resources from './modules/ambassadors/resources.service.ts';

type Lang = 'nl' | 'fr' | 'en';

interface DemoAmbassador {
  department: string;
  /** Where their story happens, so the profile and the story agree. */
  site?: string;
  scope: 'internal' | 'external';
  behindTheScenes?: boolean;
  intro: string;
  topics: string[];
  languages: Lang[];
  stories: { title: string; body: string; language: Lang; scope: 'internal' | 'external' }[];
}

const AMBASSADORS: DemoAmbassador[] = [
  {
    department: 'IT',
    site: 'Leuven',
    scope: 'external',
    intro: 'Ik begon hier als stagiair en bouw nu mee aan onze apps.',
    topics: ['career-path', 'onboarding', 'technology'],
    languages: ['nl', 'en'],
    stories: [
      {
        title: 'Van stagiair tot developer',
        language: 'nl',
        scope: 'external',
        body: 'Drie jaar geleden liep ik hier stage. Wat me bijbleef: **niemand liet me aan mijn lot over**. Mijn meter nam me de eerste week overal mee naartoe.\n\nVandaag begeleid ik zelf stagiairs. Vragen over onze selectie? Stel ze gerust.',
      },
    ],
  },
  {
    department: 'Customer Care',
    site: 'Namur',
    scope: 'external',
    intro: "Chaque jour, j'aide des clients à Namur — et j'adore ça.",
    topics: ['customer-contact', 'life-at-a-site'],
    languages: ['fr'],
    stories: [
      {
        title: 'Une journée au service clientèle',
        language: 'fr',
        scope: 'external',
        body: "On imagine souvent un centre d'appels impersonnel. Chez nous, c'est une équipe qui se connaît, qui rit, et qui se relaie quand un appel est difficile.\n\nCe que je préfère : le moment où un client repart rassuré.",
      },
      {
        title: "Ce que la formation m'a apporté",
        language: 'fr',
        scope: 'internal',
        body: "La formation à l'écoute active a changé ma façon de travailler. Merci à l'équipe learning !",
      },
    ],
  },
  {
    department: 'Finance',
    scope: 'external',
    intro: 'I moved from Lisbon to Brussels for this job.',
    topics: ['internal-mobility', 'inclusion'],
    languages: ['en', 'fr'],
    stories: [
      {
        title: 'Moving countries for a job',
        language: 'en',
        scope: 'external',
        body: 'I arrived in Brussels not speaking a word of Dutch. My team switched to English in meetings without anyone asking, and three colleagues offered to practise French with me at lunch.\n\nTwo years later I changed teams internally, and that felt just as welcoming.',
      },
    ],
  },
  {
    department: 'Operations',
    site: 'Antwerpen',
    scope: 'external',
    intro: 'Teamleider in Antwerpen, vader van twee.',
    topics: ['work-life-balance', 'leadership'],
    languages: ['nl'],
    stories: [
      {
        title: 'Deeltijds leidinggeven: het kan',
        language: 'nl',
        scope: 'external',
        body: 'Toen ik vroeg om 4/5 te werken, dacht ik dat mijn rol als teamleider op de helling zou staan. Het tegendeel bleek waar: we verdeelden taken anders, en het team groeide erdoor.',
      },
    ],
  },
  {
    department: 'Customs & Compliance',
    scope: 'internal',
    intro: "Ik werk in een gevoelige functie en deel mijn ervaring graag met collega's.",
    topics: ['unexpected-jobs'],
    languages: ['nl'],
    stories: [
      {
        title: 'Wat doet compliance eigenlijk?',
        language: 'nl',
        scope: 'internal',
        body: "Veel collega's weten niet wat wij doen. Kort: we zorgen dat de bank morgen nog bestaat. Kom gerust eens langs voor een koffie.",
      },
    ],
  },
  {
    department: 'HR',
    scope: 'internal',
    behindTheScenes: true,
    intro: "Liever achter de schermen, maar ik help graag nieuwe collega's op weg.",
    topics: ['onboarding'],
    languages: ['nl', 'fr'],
    stories: [
      {
        title: 'Tips voor je eerste week',
        language: 'nl',
        scope: 'internal',
        body: '1. Vraag je meter/peter om een rondleiding.\n2. Schrijf je vragen op: er zijn geen domme.\n3. Eet mee in de refter.',
      },
    ],
  },
];

/** The coordinators' resources, each in the three languages of the interface. */
const RESOURCES: ({ kind: 'tip' | 'guideline' | 'training'; url?: string } & Record<Lang, { title: string; body: string }>)[] = [
  {
    kind: 'tip',
    nl: { title: 'Schrijf zoals je praat', body: 'Je eigen woorden werken het best. Vertel wat je zelf meemaakte.' },
    fr: { title: 'Écrivez comme vous parlez', body: 'Vos propres mots fonctionnent le mieux. Racontez ce que vous avez vécu.' },
    en: { title: 'Write the way you talk', body: 'Your own words work best. Tell what you experienced yourself.' },
  },
  {
    kind: 'guideline',
    nl: {
      title: 'Sociale media: wat wel, wat niet',
      body: 'Deel gerust je ervaring. Vermeld geen klantgegevens of vertrouwelijke cijfers. Twijfel je? Vraag het ons, maar je beslist zelf.',
    },
    fr: {
      title: 'Réseaux sociaux : ce qui va, ce qui ne va pas',
      body: "Partagez librement votre expérience. Ne mentionnez ni données de clients ni chiffres confidentiels. Un doute ? Demandez-nous, mais c'est vous qui décidez.",
    },
    en: {
      title: 'Social media: what to share, what not',
      body: 'Feel free to share your experience. Leave out client data and confidential figures. In doubt? Ask us, but the choice is yours.',
    },
  },
  {
    kind: 'training',
    url: 'https://learning.example/linkedin',
    nl: { title: 'LinkedIn voor ambassadeurs (45 min)', body: 'Een korte e-learning over je profiel, berichten en privacyinstellingen.' },
    fr: {
      title: 'LinkedIn pour les ambassadeurs (45 min)',
      body: 'Un court module en ligne sur le profil, les publications et les paramètres de confidentialité.',
    },
    en: { title: 'LinkedIn for ambassadors (45 min)', body: 'A short e-learning on profiles, posting and privacy settings.' },
  },
];

export async function seedDemoProgram(ctx: AppContext, orgId: string): Promise<number> {
  const admin = systemActor(orgId);
  // Every tip, guideline and training in Dutch, French and English: each reader finds it in their language.
  for (const r of RESOURCES) {
    for (const language of ['nl', 'fr', 'en'] as const) {
      const { title, body } = r[language];
      await resources.create(
        ctx,
        { ...admin, role: 'coordinator' },
        { kind: r.kind, language, title, body, ...(r.url ? { url: r.url } : {}) },
      );
    }
  }
  let n = 0;
  for (const a of AMBASSADORS) {
    // One real person of the seeded directory per profile: someone with a year or more, not a manager.
    const [p] = await ctx.db.query<{ id: string; work_email: string }>(
      `select p.id, p.work_email from people p
        left join sites s on s.id = p.site_id
        where p.org_id = $1 and p.department = $2 and p.start_date < now() - interval '1 year' and p.end_date is null
          and not exists (select 1 from people r where r.manager_id = p.id)
          and not exists (select 1 from ambassadors x where x.person_id = p.id)
          and p.sensitive = ($3 = 'Customs & Compliance')
        order by (s.name = $4) is true desc, (p.language = any($5)) desc, p.employee_number limit 1`,
      [orgId, a.department, a.department, a.site ?? null, a.languages],
    );
    if (!p) continue;
    const self: Actor = { ...admin, role: 'employee', personId: p.id, email: p.work_email, label: p.work_email };
    await ambassadors.join(ctx, self, {
      scope: a.scope,
      behindTheScenes: a.behindTheScenes,
      intro: a.intro,
      topics: a.topics,
      languages: a.languages,
    });
    for (const s of a.stories) await stories.publish(ctx, self, s);
    n++;
  }
  // The demo's ambassadors are not new: no welcome mails for them on the first start (community/welcome.ts).
  await ctx.db.query(`update ambassadors set welcomed_at = joined_at, welcome_dismissed_at = joined_at where org_id = $1`, [orgId]);
  return n;
}
