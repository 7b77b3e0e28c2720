/** A person's own data, from rows to the camelCase document the MyData schema declares (privacy.schemas.ts). */
import type { z } from '../../platform/openapi.ts';
import type * as repo from './privacy.repo.ts';
import type { MyData } from './privacy.schemas.ts';

type MyDataDoc = z.infer<typeof MyData>;

export interface MyDataRows {
  exportedAt: Date;
  account: repo.AccountRow;
  person: repo.PersonRow | undefined;
  ambassador: repo.AmbassadorRow | undefined;
  invitations: Awaited<ReturnType<typeof repo.listInvitations>>;
  stories: Awaited<ReturnType<typeof repo.listStories>>;
  images: Awaited<ReturnType<typeof repo.listImages>>;
  recognitions: Awaited<ReturnType<typeof repo.listRecognitions>>;
  posts: Awaited<ReturnType<typeof repo.listPosts>>;
  questions: Awaited<ReturnType<typeof repo.listQuestions>>;
  trainings: Awaited<ReturnType<typeof repo.listTrainings>>;
  preferences: repo.PreferencesRow | undefined;
  personalMoments: Awaited<ReturnType<typeof repo.listPersonalMoments>>;
  deliveries: Awaited<ReturnType<typeof repo.listDeliveries>>;
  tasks: Awaited<ReturnType<typeof repo.listTasks>>;
  buddies: Awaited<ReturnType<typeof repo.listBuddies>>;
  alumniInterest: Awaited<ReturnType<typeof repo.getAlumniInterest>> | undefined;
  alumni?: { email: string | null; chosenAt: Date; leftAt: Date | null; careers: boolean };
  signIns: Awaited<ReturnType<typeof repo.listSignIns>>;
  calendarFeed: Awaited<ReturnType<typeof repo.getCalendarFeed>> | undefined;
  calendarInvitations: Awaited<ReturnType<typeof repo.listCalendarInvitations>>;
}

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/** A name that may exist in several languages: the reader's, else the organisation's, else any. */
function pick(text: string | Partial<Record<string, string>>, langs: (string | null)[]): string {
  if (typeof text === 'string') return text;
  for (const l of [...langs, 'nl', 'fr', 'en', 'de']) if (l && text[l]) return text[l]!;
  return '';
}

/** `<issuer> <subject>` as the sign-in stored it: an issuer is a URL (no space), a subject may hold anything. */
function ssoLink(stored: string | null): { issuer: string | null; subject: string } | null {
  if (stored === null) return null;
  const at = stored.indexOf(' ');
  return at < 0 ? { issuer: null, subject: stored } : { issuer: stored.slice(0, at), subject: stored.slice(at + 1) };
}

export function presentMyData(r: MyDataRows): MyDataDoc {
  const langs = [r.account.language, r.person?.language ?? null, r.account.org_language];
  const p = r.person;
  const a = r.ambassador;
  const prefs = r.preferences;
  return {
    exportedAt: iso(r.exportedAt),
    account: {
      email: r.account.email,
      displayName: r.account.display_name,
      role: r.account.role,
      language: r.account.language,
      createdAt: iso(r.account.created_at),
      lastSignInAt: isoOrNull(r.account.last_sign_in_at),
      singleSignOn: ssoLink(r.account.sso_subject),
    },
    person: p
      ? {
          employeeNumber: p.employee_number,
          firstName: p.first_name,
          lastName: p.last_name,
          workEmail: p.work_email,
          personalEmail: p.personal_email,
          language: p.language,
          jobTitle: p.job_title,
          department: p.department,
          employmentType: p.employment_type,
          site: p.site_name === null ? null : { name: p.site_name, region: p.region },
          manager: p.manager_first_name === null ? null : { firstName: p.manager_first_name, lastName: p.manager_last_name ?? '' },
          startDate: p.start_date,
          endDate: p.end_date,
          birthday: p.birth_day === null || p.birth_month === null ? null : { day: p.birth_day, month: p.birth_month, year: p.birth_year },
          sensitive: p.sensitive,
          buddyVolunteer: p.buddy_volunteer,
          dates: p.dates.map((d) => ({ key: d.key, date: d.date })),
          externalId: p.external_id,
          userName: p.user_name,
          updatedAt: iso(p.updated_at),
        }
      : null,
    ambassador: a
      ? {
          active: a.active,
          scope: a.scope,
          behindTheScenes: a.behind_the_scenes,
          intro: a.intro,
          topics: a.topics,
          languages: a.languages,
          links: a.links.map((l) => ({ network: l.network, url: l.url })),
          hasPhoto: a.has_photo,
          joinedAt: iso(a.joined_at),
          leftAt: isoOrNull(a.left_at),
        }
      : null,
    ambassadorInvitations: r.invitations.map((i) => ({
      message: i.message,
      answer: i.answer,
      createdAt: iso(i.created_at),
      answeredAt: isoOrNull(i.answered_at),
    })),
    stories: r.stories.map((s) => ({
      title: s.title,
      body: s.body,
      language: s.language,
      scope: s.scope,
      publishedAt: iso(s.published_at),
      updatedAt: iso(s.updated_at),
      hiddenAt: isoOrNull(s.hidden_at),
      hiddenReason: s.hidden_reason,
      deletedAt: isoOrNull(s.deleted_at),
    })),
    images: r.images.map((m) => ({
      purpose: m.purpose,
      contentType: m.content_type,
      width: m.width,
      height: m.height,
      createdAt: iso(m.created_at),
    })),
    recognitions: r.recognitions.map((x) => ({
      kind: x.kind,
      from: x.from_label,
      note: x.note,
      milestone: x.milestone,
      companyWide: x.company_wide,
      createdAt: iso(x.created_at),
    })),
    reportedPosts: r.posts.map((x) => ({
      url: x.url,
      network: x.network,
      postedOn: x.posted_on,
      tone: x.tone,
      topic: x.topic,
      original: x.original,
      reactions: x.reactions,
    })),
    questionsToMe: r.questions.map((q) => ({
      askerName: q.asker_name,
      body: q.body,
      language: q.language,
      createdAt: iso(q.created_at),
      answeredAt: isoOrNull(q.answered_at),
      answer: q.answer,
    })),
    trainingCompletions: r.trainings.map((t) => ({ title: pick(t.title, langs), completedAt: iso(t.completed_at) })),
    momentPreferences: prefs
      ? {
          birthdayAudience: prefs.birthday_audience,
          showBirthYear: prefs.show_birth_year,
          anniversaryAudience: prefs.anniversary_audience,
          wanted: { ...prefs.wanted },
          colleagueDigest: prefs.colleague_digest,
          note: prefs.note,
          updatedAt: iso(prefs.updated_at),
        }
      : null,
    personalMoments: r.personalMoments.map((m) => ({
      kind: m.kind,
      label: m.label,
      firstName: m.first_name,
      day: m.day,
      month: m.month,
      audience: m.audience,
      consentText: m.consent_text,
      consentedAt: iso(m.consented_at),
    })),
    deliveries: r.deliveries.map((d) => ({
      journey: pick(d.journey, langs),
      step: pick(d.step, langs),
      dueDate: d.due_date,
      status: d.status,
      subject: d.subject,
      sentAt: isoOrNull(d.sent_at),
    })),
    tasksAboutMe: r.tasks.map((t) => ({ title: pick(t.title, langs), dueDate: t.due_date, completedAt: isoOrNull(t.completed_at) })),
    buddies: r.buddies.map((b) => ({
      role: b.role,
      firstName: b.first_name,
      lastName: b.last_name,
      since: iso(b.created_at),
      until: isoOrNull(b.ended_at),
    })),
    alumniInterest: r.alumniInterest
      ? { since: iso(r.alumniInterest.at), survey: r.alumniInterest.survey === null ? null : pick(r.alumniInterest.survey, langs) }
      : null,
    alumni: r.alumni
      ? { email: r.alumni.email ?? '', chosenAt: iso(r.alumni.chosenAt), leftAt: isoOrNull(r.alumni.leftAt), careers: r.alumni.careers }
      : null,
    signIns: r.signIns.map((s) => ({ action: s.action, at: iso(s.at), ip: s.ip })),
    calendarFeed: r.calendarFeed
      ? { exists: true, createdAt: iso(r.calendarFeed.created_at), lastUsedAt: isoOrNull(r.calendarFeed.last_used_at) }
      : { exists: false, createdAt: null, lastUsedAt: null },
    calendarInvitations: r.calendarInvitations.map((i) => ({
      title: pick(i.title, langs),
      startsAt: iso(i.starts_at),
      endsAt: iso(i.ends_at),
      status: i.status,
    })),
  };
}
