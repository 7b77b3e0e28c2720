/**
 * The respondent's pages, rendered on the server: the whole survey as one plain HTML form that
 * works without JavaScript, on a phone, with the keyboard and a screen reader (a fieldset and
 * legend per question, radio groups with their ends labelled, an error summary at the top that
 * links to each field). The anonymity promise comes before the first question.
 *
 * `surveyFormPage` is also HR's preview (preview: true): the same page, a banner, nothing to send.
 */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { accessibleColour } from '../../platform/mail-html.ts';
import { localize, UI_LANGUAGES, type LocalizedText, type UiLanguage } from '../../platform/language.ts';
import { RESPOND_TEXTS, UNKNOWN_LINK, type RespondTexts } from './respond.texts.ts';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export type QuestionKind = 'enps' | 'scale' | 'single' | 'multi' | 'text';

export interface FormQuestion {
  id: string;
  kind: QuestionKind;
  text: LocalizedText;
  /** single/multi: the choices, in order. */
  options: readonly { key: string; label: LocalizedText }[];
  required: boolean;
}

/** One question's answer as the form holds it (a draft, or what was sent back with errors). */
export interface AnswerValue {
  value?: number;
  choices?: string[];
  comment?: string;
}

export type FieldError = 'required' | 'range' | 'option' | 'tooLong' | 'unstorable';

/** The longest comment kept. */
export const MAX_COMMENT = 4000;

export interface SurveyFormView {
  lang: UiLanguage;
  /** Localized texts fall back to this language, then any. */
  orgDefault: string;
  orgName: string;
  brandColour: string | null;
  survey: { title: LocalizedText; intro: LocalizedText; minGroup: number; minComments: number };
  questions: readonly FormQuestion[];
  /** The organisation's survey_retention_months. */
  retentionMonths: number;
  /** HR's preview: a banner says answers are not saved, and every control is disabled. */
  preview?: boolean;
  /** Where the form posts (the personal link); not needed in a preview. */
  action?: string;
  /** The same page in another language, for the language switch; without it, no switch. */
  languageHref?: (lang: UiLanguage) => string;
  values?: Readonly<Record<string, AnswerValue>>;
  errors?: Readonly<Record<string, FieldError>>;
  /** A line above the form, e.g. "saved, come back until ..." */
  notice?: string;
}

const STYLE = (colour: string) =>
  `*{box-sizing:border-box}body{margin:0;background:#f3f4f7;color:#1b2230;font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}` +
  `header{background:${colour};color:#fff;padding:12px 16px;font-weight:700}` +
  `main{max-width:680px;margin:0 auto;background:#fff;padding:16px}` +
  `@media (min-width:720px){main{margin:24px auto;border:1px solid #dde1e8;border-radius:8px;padding:24px 32px}}` +
  `h1{font-size:1.5rem;line-height:1.25;margin:0 0 12px}h2{font-size:1.15rem;margin:0 0 8px}` +
  `nav.langs{display:flex;gap:12px;justify-content:flex-end;font-size:.95rem;margin-bottom:8px}` +
  `a{color:${colour}}a:focus-visible,button:focus-visible,input:focus-visible,textarea:focus-visible{outline:3px solid #ffb703;outline-offset:2px}` +
  `.promise{background:#eef4ff;border-left:4px solid ${colour};padding:12px 16px;margin:16px 0;border-radius:4px}.promise ul{margin:0;padding-left:20px}` +
  `.preview{background:#fff4ce;border:2px dashed #8a6d00;padding:10px 14px;font-weight:700;border-radius:6px}` +
  `.notice{background:#e7f6ec;border-left:4px solid #1e7b3c;padding:10px 14px;border-radius:4px}` +
  `.errors{border:3px solid #b3261e;padding:12px 16px;border-radius:6px;margin:16px 0}.errors h2{color:#b3261e}` +
  `.error{color:#b3261e;font-weight:700;margin:4px 0}` +
  `.q{border:1px solid #dde1e8;border-radius:8px;margin:0 0 16px;padding:12px 14px 16px}.q.invalid{border:2px solid #b3261e}` +
  `.qlabel{display:block;font-weight:700;margin-bottom:6px}` +
  `legend{font-weight:700;padding:0 4px;max-width:100%}.q .n{display:block;font-weight:400;font-size:.85rem;color:#4a5263}` +
  `.hint{color:#4a5263;font-size:.95rem}.opt{font-weight:400;color:#4a5263}` +
  `.scale{display:flex;flex-wrap:wrap;gap:6px;margin:8px 0 4px}` +
  `.scale label{display:flex;flex-direction:column;align-items:center;min-width:44px;padding:6px 4px;border:1px solid #b8bfcc;border-radius:6px;cursor:pointer}` +
  `.scale label:has(input:checked){background:#eef4ff;border-color:${colour};font-weight:700}` +
  `.ends{display:flex;justify-content:space-between;gap:12px;font-size:.9rem;color:#4a5263}` +
  `.choices label{display:flex;gap:10px;align-items:flex-start;padding:8px 0;min-height:44px;cursor:pointer}.choices input{margin-top:5px}` +
  `input[type=radio],input[type=checkbox]{width:20px;height:20px;accent-color:${colour}}` +
  `textarea{width:100%;min-height:120px;font:inherit;padding:8px;border:1px solid #8a93a3;border-radius:6px}` +
  `textarea[aria-invalid=true]{border:2px solid #b3261e}` +
  `.actions{display:flex;flex-wrap:wrap;gap:12px;margin-top:8px}` +
  `button{font:inherit;padding:12px 18px;border-radius:6px;border:2px solid ${colour};background:${colour};color:#fff;cursor:pointer;min-height:44px}` +
  `button.secondary{background:#fff;color:${colour}}button:disabled{opacity:.6;cursor:not-allowed}` +
  `section.follow{border-top:1px solid #dde1e8;margin-top:24px;padding-top:16px}`;

/** The frame of every respondent page: language, organisation, title, an optional language switch. */
export function respondLayout(p: {
  lang: UiLanguage;
  title: string;
  orgName: string;
  brandColour: string | null;
  body: Html;
  languageHref?: (lang: UiLanguage) => string;
}): Html {
  const colour = accessibleColour(p.brandColour);
  const t = RESPOND_TEXTS[p.lang];
  const nav = p.languageHref
    ? html`<nav class="langs" aria-label="${t.languageNav}">
        ${UI_LANGUAGES.map((l) =>
          l === p.lang
            ? html`<a href="${p.languageHref!(l)}" hreflang="${l}" lang="${l}" aria-current="true"><strong>${RESPOND_TEXTS[l].languageName}</strong></a>`
            : html`<a href="${p.languageHref!(l)}" hreflang="${l}" lang="${l}">${RESPOND_TEXTS[l].languageName}</a>`,
        )}
      </nav>`
    : '';
  return html`<!DOCTYPE html>
<html lang="${p.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><meta name="referrer" content="no-referrer">
<title>${p.title} · ${p.orgName}</title><style>${raw(STYLE(colour))}</style></head>
<body><header>${p.orgName}</header><main>${nav}${p.body}</main></body>
</html>`;
}

/** An attribute only when it has a value (hono's html writes undefined as an empty value). */
const attr = (name: string, value: string | undefined): Html | '' => (value === undefined ? '' : html` ${raw(name)}="${value}"`);

/** Parts on their own lines, the empty ones left out (no line of only spaces). */
const lines = (...parts: (Html | '' | false | null | undefined)[]): Html =>
  html`${parts.filter((x): x is Html => Boolean(x)).map((x, i) => (i ? html`\n${x}` : x))}`;

const fill = (text: string, orgName: string) => text.replace(/\{\{\s*orgName\s*\}\}/g, orgName);

/** The id of the first control of a question, where the error summary's link lands. */
export function firstFieldId(q: FormQuestion): string {
  if (q.kind === 'text') return `q-${q.id}`;
  if (q.kind === 'enps') return `q-${q.id}-0`;
  if (q.kind === 'scale') return `q-${q.id}-1`;
  return `q-${q.id}-o0`;
}

function errorText(t: RespondTexts, e: FieldError): string {
  return e === 'tooLong' ? t.errors.tooLong(MAX_COMMENT) : t.errors[e];
}

function questionField(v: SurveyFormView, t: RespondTexts, q: FormQuestion, i: number): Html {
  const text = fill(localize(q.text, v.lang, v.orgDefault), v.orgName);
  const value = v.values?.[q.id] ?? {};
  const error = v.errors?.[q.id];
  const name = `q_${q.id}`;
  const errId = `q-${q.id}-error`;
  const endsId = `q-${q.id}-ends`;
  const invalid = error ? 'true' : undefined;
  // A preview shows every control, none usable.
  const off = v.preview ? raw(' disabled') : '';
  const describedBy = [q.kind === 'enps' || q.kind === 'scale' ? endsId : '', error ? errId : ''].filter(Boolean).join(' ') || undefined;
  const legend = html`<legend><span class="n">${t.questionOf(i + 1, v.questions.length)}</span>${text}${
    q.required ? '' : html` <span class="opt">${t.optional}</span>`
  }</legend>`;
  const errorLine = error ? html`<p class="error" id="${errId}">${errorText(t, error)}</p>` : '';

  let control: Html;
  if (q.kind === 'enps' || q.kind === 'scale') {
    const [low, high] = q.kind === 'enps' ? [0, 10] : [1, 5];
    const numbers = Array.from({ length: high - low + 1 }, (_, k) => low + k);
    control = html`<div class="scale">
        ${numbers.map(
          (n) =>
            html`<label><input type="radio" id="q-${q.id}-${n}" name="${name}" value="${n}"${
              value.value === n ? raw(' checked') : ''
            }${off}${attr('aria-invalid', invalid)}>${n}</label>`,
        )}
      </div>
      <p class="ends" id="${endsId}"><span>${q.kind === 'enps' ? t.enpsLow : t.scaleLow}</span><span>${q.kind === 'enps' ? t.enpsHigh : t.scaleHigh}</span></p>`;
  } else if (q.kind === 'single' || q.kind === 'multi') {
    const chosen = new Set(value.choices ?? []);
    const type = q.kind === 'single' ? 'radio' : 'checkbox';
    control = html`<div class="choices">
      ${q.options.map(
        (o, k) =>
          html`<label><input type="${type}" id="q-${q.id}-o${k}" name="${name}" value="${o.key}"${
            chosen.has(o.key) ? raw(' checked') : ''
          }${off}${attr('aria-invalid', invalid)}><span>${localize(o.label, v.lang, v.orgDefault)}</span></label>`,
      )}
    </div>`;
  } else {
    // One field: its label is the question (a fieldset would make screen readers say it twice).
    return html`<div class="q text${error ? ' invalid' : ''}" id="q-${q.id}-group">
      <label for="q-${q.id}" class="qlabel"><span class="n">${t.questionOf(i + 1, v.questions.length)}</span>${text}${
        q.required ? '' : html` <span class="opt">${t.optional}</span>`
      }</label>${errorLine}
      <textarea id="q-${q.id}" name="${name}" rows="5" maxlength="${MAX_COMMENT}"${off}${attr('aria-invalid', invalid)}${attr(
        'aria-describedby',
        error ? errId : undefined,
      )}>${value.comment ?? ''}</textarea>
    </div>`;
  }
  return html`<fieldset class="q${error ? ' invalid' : ''}" id="q-${q.id}-group"${attr('aria-describedby', describedBy)}>
    ${legend}${errorLine}${control}
  </fieldset>`;
}

/** The promise respondents read before any question. */
function promise(v: SurveyFormView, t: RespondTexts): Html {
  return html`<section class="promise" aria-labelledby="promise-title">
    <h2 id="promise-title">${t.promiseTitle}</h2>
    <ul>
      <li>${t.promiseStored}</li>
      <li>${t.promiseMinGroup(v.survey.minGroup)}</li>
      <li>${t.promiseMinComments(v.survey.minComments)}</li>
      <li>${t.promiseRetention(v.retentionMonths)}</li>
      <li>${t.promisePersonal}</li>
    </ul>
  </section>`;
}

/**
 * The survey as a form: in `lang`, with the answers in `values` and the errors per question. In a
 * preview every control is disabled and there is nothing to post to.
 */
export function surveyFormPage(v: SurveyFormView): Html {
  const t = RESPOND_TEXTS[v.lang];
  const title = fill(localize(v.survey.title, v.lang, v.orgDefault), v.orgName);
  const intro = fill(localize(v.survey.intro, v.lang, v.orgDefault), v.orgName);
  const errors = v.questions.filter((q) => v.errors?.[q.id]);
  // Focus lands on the summary (autofocus needs no script), so a keyboard or screen reader starts there.
  const summary = errors.length
    ? html`<div class="errors" role="alert" aria-labelledby="error-summary-title" tabindex="-1" id="error-summary" autofocus>
        <h2 id="error-summary-title">${t.errorTitle}</h2>
        <ul>
          ${errors.map(
            (q) =>
              html`<li><a href="#${firstFieldId(q)}">${t.labelled(
                t.questionOf(v.questions.indexOf(q) + 1, v.questions.length),
                errorText(t, v.errors![q.id]),
              )}</a></li>`,
          )}
        </ul>
      </div>`
    : '';
  const fields = v.questions.map((q, i) => questionField(v, t, q, i));
  const off = v.preview ? raw(' disabled') : '';
  const buttons = html`<div class="actions">
    <button type="submit" name="action" value="submit"${off}>${t.submit}</button>
    <button type="submit" name="action" value="save" class="secondary"${off}>${t.save}</button>
  </div>`;
  const form = v.preview
    ? html`<form>${fields}${buttons}</form>`
    : html`<form method="post" action="${v.action ?? ''}" novalidate>
        <input type="hidden" name="lang" value="${v.lang}">
        ${fields}${buttons}
      </form>`;
  const body = lines(
    v.preview && html`<p class="preview" role="note">${t.preview}</p>`,
    html`<h1>${title}</h1>`,
    intro && html`<p>${intro}</p>`,
    promise(v, t),
    v.notice && html`<p class="notice" role="status">${v.notice}</p>`,
    summary,
    html`<p class="hint">${t.requiredNote}</p>`,
    form,
  );
  return respondLayout({
    lang: v.lang,
    title: errors.length ? t.labelled(t.errorTitle, title) : title,
    orgName: v.orgName,
    brandColour: v.brandColour,
    body,
    languageHref: v.languageHref,
  });
}

/** A short page that says one thing (expired, closed, already answered, too many attempts). */
export function messagePage(p: {
  lang: UiLanguage;
  orgName: string;
  brandColour: string | null;
  title: string;
  lines: string[];
  languageHref?: (lang: UiLanguage) => string;
  after?: Html;
}): Html {
  return respondLayout({
    ...p,
    body: html`<h1>${p.title}</h1>${p.lines.map((l) => html`<p>${l}</p>`)}${p.after ?? ''}`,
  });
}

/** A link we cannot place (unknown, replaced, or a draft survey): all three languages. */
export function unknownLinkPage(): Html {
  return respondLayout({
    lang: 'en',
    title: 'Embassy',
    orgName: 'Embassy',
    brandColour: null,
    body: html`<h1>Embassy</h1>
      <p lang="nl">${UNKNOWN_LINK.nl}</p>
      <p lang="fr">${UNKNOWN_LINK.fr}</p>
      <p>${UNKNOWN_LINK.en}</p>`,
  });
}

export interface FollowUps {
  action: string;
  /** choiceUrl: the person's own link to the alumni choice (alumni.link.ts), shown after their yes. */
  alumni?: { offered: true; since: string | null; notice?: 'yes' | 'withdrawn'; choiceUrl?: string };
  /** The moments ticked, each with its label as the question showed it. */
  moments?: { items: { key: string; label: string }[]; notice?: 'done' | 'consent-missing' };
}

/** After the answer: thanks, then the optional follow-ups (never about the answers themselves). */
export function followUps(lang: UiLanguage, f: FollowUps): Html {
  const t = RESPOND_TEXTS[lang];
  const alumni = f.alumni
    ? html`<section class="follow" aria-labelledby="alumni-title">
        <h2 id="alumni-title">${t.alumniTitle}</h2>${
          f.alumni.notice ? html`<p class="notice" role="status">${f.alumni.notice === 'yes' ? t.alumniThanks : t.alumniWithdrawn}</p>` : ''
        }
        <p><strong>${t.alumniNotAnonymous}</strong></p>
        ${
          f.alumni.since
            ? html`<form method="post" action="${f.action}/alumni">
              <input type="hidden" name="lang" value="${lang}">
              <p>${t.alumniSaidYes(f.alumni.since)}</p>
              ${f.alumni.choiceUrl ? html`<p><a href="${f.alumni.choiceUrl}">${t.alumniChoose}</a></p>` : ''}
              <button type="submit" name="interest" value="no" class="secondary">${t.alumniWithdraw}</button>
            </form>`
            : html`<form method="post" action="${f.action}/alumni">
              <input type="hidden" name="lang" value="${lang}">
              <p>${t.alumniAsk}</p>
              <button type="submit" name="interest" value="yes">${t.alumniYes}</button>
            </form>`
        }
      </section>`
    : '';
  const m = f.moments;
  const moments =
    m && (m.items.length || m.notice === 'done')
      ? html`<section class="follow" aria-labelledby="moments-title">
          <h2 id="moments-title">${t.momentsTitle}</h2>
          ${
            m.notice === 'done'
              ? html`<p class="notice" role="status">${t.momentsDone}</p>`
              : html`<form method="post" action="${f.action}/moments" novalidate>
                <input type="hidden" name="lang" value="${lang}">
                <p>${t.momentsAsk}</p>
                <ul>
                  ${m.items.map((x) => html`<li>${x.label}<input type="hidden" name="moment" value="${x.key}"></li>`)}
                </ul>${
                  m.notice === 'consent-missing'
                    ? html`<p class="error" id="moments-consent-error" role="alert">${t.momentsConsentMissing}</p>`
                    : ''
                }
                <div class="choices">
                  <label><input type="checkbox" id="moments-consent" name="consent" value="yes"${
                    m.notice === 'consent-missing' ? raw(' aria-invalid="true" aria-describedby="moments-consent-error"') : ''
                  }><span>${t.momentsConsent}</span></label>
                </div>
                <button type="submit">${t.momentsYes}</button>
              </form>`
          }
        </section>`
      : '';
  return html`${alumni}${moments}`;
}
