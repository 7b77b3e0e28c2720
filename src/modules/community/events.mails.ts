/**
 * The mails of community events besides the reminder: the invitation a coordinator sends to
 * ambassadors by topic, region or language (once per person and event), and after the event the
 * invitation to share the experience in the event's feed and, if one wishes, in a public story
 * (a worker job, once per sign-up). Each in the recipient's language.
 */
import type { Queryable } from '../../db/db.ts';
import { commitChange } from '../../platform/change.ts';
import type { AppContext } from '../../platform/context.ts';
import { notFound, unprocessable } from '../../platform/errors.ts';
import { isUiLanguage, localize, mailLanguageSql, type UiLanguage } from '../../platform/language.ts';
import { enqueueMails, type OutgoingMail } from '../../platform/mail.ts';
import type { Actor } from '../../platform/policy.ts';
import { assertModerator } from './community.policy.ts';
import * as repo from './events.repo.ts';
import type { Localized } from './events.repo.ts';
import { dateTimeFormat } from '../../platform/intl.ts';

/** Mails after an event go out for events that ended at most this long ago. */
export const FOLLOW_UP_WITHIN_MS = 7 * 86400_000;

const LOCALES: Record<UiLanguage, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

const TEXTS: Record<
  UiLanguage,
  {
    inviteSubject: (t: string) => string;
    inviteBody: (t: string, when: string, where: string) => string;
    afterSubject: (t: string) => string;
    afterBody: (t: string) => string;
    feed: string;
    story: string;
    promotedSubject: (t: string) => string;
    promotedBody: (t: string, when: string) => string;
  }
> = {
  en: {
    inviteSubject: (t) => `You are invited: ${t}`,
    inviteBody: (t, when, where) =>
      `Hello,\n\nWe would love to have you at "${t}" on ${when}${where ? ` (${where})` : ''}. Sign up yourself on the event's page; when it is full you join the waiting list.`,
    afterSubject: (t) => `How was ${t}?`,
    afterBody: (t) => `Hello,\n\nThank you for taking part in "${t}". Share how it went with your colleagues in the event's feed.`,
    feed: "The event's feed",
    story: 'Would you like to tell the outside world too? Write a story, in your own words',
    promotedSubject: (t) => `A place for you: ${t}`,
    promotedBody: (t, when) =>
      `Hello,\n\nA place came free at "${t}" on ${when}: you moved up from the waiting list and are signed up. Cannot come after all? Cancel on the event's page.`,
  },
  nl: {
    inviteSubject: (t) => `Je bent uitgenodigd: ${t}`,
    inviteBody: (t, when, where) =>
      `Hallo,\n\nWe zien je graag op "${t}" op ${when}${where ? ` (${where})` : ''}. Schrijf je zelf in op de pagina van het evenement; is het volzet, dan kom je op de wachtlijst.`,
    afterSubject: (t) => `Hoe was ${t}?`,
    afterBody: (t) => `Hallo,\n\nBedankt om deel te nemen aan "${t}". Vertel je collega's hoe het ging in de feed van het evenement.`,
    feed: 'De feed van het evenement',
    story: 'Wil je het ook de buitenwereld vertellen? Schrijf een verhaal, in je eigen woorden',
    promotedSubject: (t) => `Er is een plaats voor je: ${t}`,
    promotedBody: (t, when) =>
      `Hallo,\n\nEr kwam een plaats vrij op "${t}" op ${when}: je schoof door van de wachtlijst en bent ingeschreven. Kan je toch niet komen? Schrijf je uit op de pagina van het evenement.`,
  },
  fr: {
    inviteSubject: (t) => `Vous êtes invité·e : ${t}`,
    inviteBody: (t, when, where) =>
      `Bonjour,\n\nNous serions ravis de vous voir à « ${t} » le ${when}${where ? ` (${where})` : ''}. Inscrivez-vous vous-même sur la page de l'événement ; s'il est complet, vous êtes sur la liste d'attente.`,
    afterSubject: (t) => `Comment s'est passé ${t} ?`,
    afterBody: (t) =>
      `Bonjour,\n\nMerci d'avoir participé à « ${t} ». Racontez à vos collègues comment cela s'est passé dans le fil de l'événement.`,
    feed: "Le fil de l'événement",
    story: "Envie de le raconter aussi à l'extérieur ? Écrivez un récit, avec vos propres mots",
    promotedSubject: (t) => `Une place pour vous : ${t}`,
    promotedBody: (t, when) =>
      `Bonjour,\n\nUne place s'est libérée à « ${t} » le ${when} : vous passez de la liste d'attente aux inscrits. Vous ne pouvez finalement pas venir ? Désinscrivez-vous sur la page de l'événement.`,
  },
};

/** The language of an event's mail: the person's, when the texts exist in it, else English. */
export const eventLang = (l: string): UiLanguage => (isUiLanguage(l) ? l : 'en');

/** "vrijdag 27 november 2026 om 10:00" in the reader's language, in the organisation's zone. */
export const eventWhen = (lang: UiLanguage, at: Date, timeZone: string) =>
  dateTimeFormat(LOCALES[lang], { dateStyle: 'full', timeStyle: 'short', timeZone }).format(at);

/** What every mail about an event says of it, for one recipient. */
export interface EventMailFacts {
  org_id: string;
  event_id: string;
  email: string;
  language: string;
  title: Localized;
  place: string;
  link: string | null;
  starts_at: Date;
  time_zone: string;
  default_language: string;
}

const RECIPIENT_COLS = `p.work_email as email, ${mailLanguageSql('p')} as language, e.title, e.place, e.link, e.starts_at,
  o.time_zone, o.default_language`;

export interface InvitationCriteria {
  topics: string[];
  regions: string[];
  languages: string[];
}

/**
 * Invites active ambassadors matching every criterion given (any of its values): a mail each, once
 * per person and event. Returns how many were newly invited.
 */
export async function invite(ctx: AppContext, actor: Actor, eventId: string, c: InvitationCriteria) {
  assertModerator(actor, 'Only coordinators invite to events.');
  const event = await repo.findEvent(ctx.db, actor.orgId, eventId);
  if (!event) throw notFound('Event');
  if (event.status === 'cancelled' || event.starts_at <= ctx.clock.now())
    throw unprocessable('This event was cancelled or has started.', undefined, 'event-closed');
  const now = ctx.clock.now();
  return commitChange(
    ctx,
    actor,
    (n: number) => ({ action: 'events.invite', targetType: 'community_event', targetId: eventId, details: { ...c, invited: n } }),
    async (tx) => {
      const rows = await tx.query<Recipient & { person_id: string }>(
        `with chosen as (
           select a.person_id from ambassadors a join people p on p.id = a.person_id and p.org_id = a.org_id
             join organisations o on o.id = a.org_id
            where a.org_id = $1 and a.active and p.work_email is not null and p.deprovisioned_at is null
              -- Still employed: an alumnus (active past the end date) cannot see events (alumni.gate.ts).
              and p.scim_ended_on is null and (p.end_date is null or p.end_date >= ($6::timestamptz at time zone o.time_zone)::date)
              and (cardinality($3::text[]) = 0 or a.topics && $3::text[])
              and (cardinality($4::text[]) = 0 or exists (select 1 from sites s where s.id = p.site_id and s.region = any($4::text[])))
              and (cardinality($5::text[]) = 0 or a.languages && $5::text[])
         ), fresh as (
           insert into community_event_invitations (org_id, event_id, person_id, invited_at)
           select $1, $2, person_id, $6 from chosen on conflict do nothing returning person_id
         )
         select f.person_id, e.org_id, e.id as event_id, ${RECIPIENT_COLS}
           from fresh f join people p on p.id = f.person_id
           join community_events e on e.id = $2 join organisations o on o.id = e.org_id`,
        [actor.orgId, eventId, c.topics, c.regions, c.languages, now],
      );
      await enqueueMails(
        tx,
        now,
        rows.map((r) => inviteMail(ctx, r)),
      );
      return rows.length;
    },
  );
}

type Recipient = EventMailFacts;

/** The recipient's language, their texts, the event's title in it and its start as they read it. */
function basics(r: Recipient) {
  const lang = eventLang(r.language);
  return { lang, t: TEXTS[lang], title: localize(r.title, lang, r.default_language), when: eventWhen(lang, r.starts_at, r.time_zone) };
}

function inviteMail(ctx: AppContext, r: Recipient): OutgoingMail {
  const { lang, t, title, when } = basics(r);
  const where = r.place || (r.link ? 'online' : '');
  return {
    orgId: r.org_id,
    kind: 'community-event-invitation',
    to: r.email,
    subject: t.inviteSubject(title),
    text: `${t.inviteBody(title, when, where)}\n\n${ctx.config.publicUrl}/community/events/${r.event_id}`,
    lang,
  };
}

function afterMail(ctx: AppContext, r: Recipient): OutgoingMail {
  const { lang, t, title } = basics(r);
  const base = ctx.config.publicUrl;
  return {
    orgId: r.org_id,
    kind: 'community-event-follow-up',
    to: r.email,
    subject: t.afterSubject(title),
    text: `${t.afterBody(title)}\n\n${t.feed}: ${base}/community/exchange?event=${r.event_id}\n${t.story}: ${base}/stories/new`,
    lang,
  };
}

/**
 * A mail job that goes once per sign-up with any number of workers: `batch` rows per transaction,
 * taken by `due` FOR UPDATE SKIP LOCKED, claimed by `claim` (a conditional update returning what it
 * won, by sign-up id) in the transaction that writes their mails. Returns how many rows it took.
 */
export async function sendClaimed<R extends { id: string }, W>(
  ctx: AppContext,
  batch: number,
  due: (tx: Queryable, now: Date) => Promise<R[]>,
  claim: (tx: Queryable, ids: string[], now: Date) => Promise<Map<string, W>>,
  mail: (row: R, won: W, now: Date) => OutgoingMail,
): Promise<number> {
  let total = 0;
  for (;;) {
    const now = ctx.clock.now();
    const claimed = await ctx.db.transaction(async (tx: Queryable) => {
      const rows = await due(tx, now);
      if (!rows.length) return 0;
      const won = await claim(
        tx,
        rows.map((d) => d.id),
        now,
      );
      await enqueueMails(
        tx,
        now,
        rows.filter((d) => won.has(d.id)).map((d) => mail(d, won.get(d.id)!, now)),
      );
      return rows.length;
    });
    total += claimed;
    if (claimed < batch) return total;
  }
}

/** After an event, each confirmed participant (not marked absent) is invited once to share the experience. */
export async function sendEventFollowUps(ctx: AppContext, opts: { batch?: number } = {}): Promise<number> {
  const batch = opts.batch ?? 200;
  return sendClaimed<Recipient & { id: string }, true>(
    ctx,
    batch,
    (tx, now) =>
      tx.query(
        `select s.id, s.org_id, s.event_id, ${RECIPIENT_COLS}
           from community_event_signups s
           join community_events e on e.id = s.event_id and e.org_id = s.org_id
           join people p on p.id = s.person_id and p.org_id = s.org_id
           join organisations o on o.id = s.org_id
          where s.status = 'confirmed' and s.attended is not false and s.followed_up_at is null and e.status = 'scheduled'
            and e.ends_at <= $1 and e.ends_at > $2 and p.work_email is not null
          order by e.ends_at, s.id limit $3 for update of s skip locked`,
        [now, new Date(now.getTime() - FOLLOW_UP_WITHIN_MS), batch],
      ),
    async (tx, ids, now) => {
      const won = await tx.query<{ id: string }>(
        `update community_event_signups set followed_up_at = $2 where id = any($1) and followed_up_at is null returning id`,
        [ids, now],
      );
      return new Map(won.map((w) => [w.id, true as const]));
    },
    (d) => afterMail(ctx, d),
  );
}

/** Tells those who moved up from the waiting list, in their language; runs in the transaction that moved them. */
export async function mailPromoted(ctx: AppContext, tx: Queryable, orgId: string, eventId: string, personIds: string[]) {
  if (!personIds.length) return;
  const rows = await tx.query<Recipient>(
    `select e.org_id, e.id as event_id, ${RECIPIENT_COLS}
       from people p join community_events e on e.id = $2 and e.org_id = p.org_id join organisations o on o.id = e.org_id
      where p.org_id = $1 and p.id = any($3) and p.work_email is not null`,
    [orgId, eventId, personIds],
  );
  await enqueueMails(
    tx,
    ctx.clock.now(),
    rows.map((r) => {
      const { lang, t, title, when } = basics(r);
      return {
        orgId: r.org_id,
        kind: 'community-event-promoted',
        to: r.email,
        subject: t.promotedSubject(title),
        text: `${t.promotedBody(title, when)}\n\n${ctx.config.publicUrl}/community/events/${r.event_id}`,
        lang,
      };
    }),
  );
}
