/**
 * Every machine-readable error code Embassy answers with, in one place. Pure and browser-safe: the
 * server builds its answers from it, the OpenAPI document lists it, docs/errors.md is generated
 * from it, and the web app has a translation for every code (a test checks all three).
 *
 * Two kinds of code:
 * - a problem code names the whole answer. The problem+json `type` is `/problems/<code>` (see
 *   PROBLEM_TYPE_BASE) and the same code is in the `code` member, with `params` for its message.
 * - an item code names one thing wrong inside it (a field, a CSV cell). Items of a problem built
 *   without item codes carry the problem's own code.
 *
 * Codes are kebab-case and stable: a code is never renamed or given another meaning. Add new
 * ones; retire old ones by leaving them here, unused.
 */

/** Where the problem `type` URIs live. Relative on purpose: see docs/errors.md. */
export const PROBLEM_TYPE_BASE = '/problems/';

export interface ProblemSpec {
  status: number;
  /** English, the same for every occurrence (RFC 9457 `title`). */
  title: string;
  /** When it happens, for docs/errors.md. */
  meaning: string;
  /** Names of the `params` it carries, for docs/errors.md and the translations. */
  params?: readonly string[];
}

export const PROBLEMS = {
  'validation-failed': {
    status: 400,
    title: 'Some fields are missing or wrong',
    meaning:
      "The path, query or body does not match the operation's schema (or has unknown fields); each item names a field with an item code.",
  },
  'bad-request': { status: 400, title: 'Bad request', meaning: 'The request cannot be read; `detail` says why.' },
  'invalid-json': { status: 400, title: 'The body is not valid JSON', meaning: 'A JSON body that does not parse.' },
  'unstorable-text': {
    status: 400,
    title: 'Text that cannot be stored',
    meaning: 'A NUL character or a lone UTF-16 surrogate in the path, the query or the body; the item names where.',
  },
  'invalid-url-encoding': { status: 400, title: 'Invalid URL encoding', meaning: 'A query parameter that is not valid percent-encoding.' },
  'invalid-cursor': { status: 400, title: 'Invalid cursor', meaning: 'A paging cursor that was not a `nextCursor` of a previous page.' },
  'range-too-long': {
    status: 400,
    title: 'The range is too long',
    meaning: 'A date range (from, to) that is reversed or longer than the operation allows.',
    params: ['maxDays'],
  },
  'invalid-value': { status: 400, title: 'A value is not valid', meaning: 'The database refused a value as out of range or malformed.' },
  unauthorized: { status: 401, title: 'Unauthorized', meaning: 'Not signed in, or the session ended.' },
  'wrong-credentials': {
    status: 401,
    title: 'Wrong email address or password',
    meaning: 'Sign-in with an unknown address or a wrong password (the same answer for both).',
  },
  'invalid-api-token': {
    status: 401,
    title: 'Invalid API token',
    meaning: 'The Authorization header is not `Bearer <token>`, or the token is unknown or revoked.',
  },
  forbidden: { status: 403, title: 'Forbidden', meaning: 'Signed in, but the role does not allow this.' },
  'csrf-token-invalid': {
    status: 403,
    title: 'Missing or wrong CSRF token',
    meaning: 'A state-changing request with the session cookie but without the X-CSRF-Token header from GET /api/v1/me.',
  },
  'not-found': {
    status: 404,
    title: 'Not found',
    meaning: 'It does not exist, or it belongs to another organisation (the same answer).',
    params: ['resource'],
  },
  'no-route': { status: 404, title: 'No such route', meaning: 'No operation answers this method and path.' },
  'invitation-unavailable': {
    status: 404,
    title: 'Invitation not available',
    meaning: 'An invitation that does not exist, has expired or was used already.',
  },
  conflict: { status: 409, title: 'Conflict', meaning: 'The change conflicts with the current state; `detail` says how.' },
  'already-exists': {
    status: 409,
    title: 'This already exists',
    meaning: 'The database already holds a record with this unique value; the item names the column or constraint.',
  },
  'choose-organisation': {
    status: 409,
    title: 'Choose an organisation',
    meaning: 'The address has an account in several organisations: sign in again naming one of those in `errors`.',
  },
  'already-has-account': {
    status: 409,
    title: 'Already has an account',
    meaning: 'Inviting or creating a user whose address already has an account in the organisation.',
    params: ['email'],
  },
  'last-admin': { status: 409, title: 'The last admin', meaning: 'The change would leave the organisation without an active admin.' },
  'already-ambassador': {
    status: 409,
    title: 'Already an ambassador',
    meaning: 'Inviting someone who is already an active ambassador.',
    params: ['name'],
  },
  'slug-taken': { status: 409, title: 'Slug already taken', meaning: 'Another organisation has this slug.', params: ['slug'] },
  'already-has-buddy': { status: 409, title: 'Already has a buddy', meaning: 'Choosing a buddy for a newcomer who has one already.' },
  'site-name-taken': { status: 409, title: 'Site name already taken', meaning: 'Another site of the organisation has this name.' },
  'survey-has-answers': {
    status: 409,
    title: 'The survey has answers',
    meaning:
      'Adding or removing a question, changing its kind or options, or changing the segments results are reported by, once the survey has answers (texts can still be edited).',
  },
  'survey-minimum-locked': {
    status: 409,
    title: 'The minimums cannot be lowered',
    meaning: "Lowering a survey's reporting minimum or its minimum for comments once it has answers; they can only be raised.",
    params: ['minGroup', 'minComments'],
  },
  'survey-not-draft': {
    status: 409,
    title: 'Only drafts can be deleted',
    meaning: 'Deleting a survey that was opened: close it instead (its invitations and answers are kept).',
  },
  'survey-not-open': {
    status: 409,
    title: 'The survey is not open',
    meaning: 'Closing a survey that is a draft or closed already, or sending a campaign of a survey that is not open.',
  },
  'payload-too-large': {
    status: 413,
    title: 'Payload too large',
    meaning: 'The body is larger than the operation accepts (256 kB for JSON; the import and images have their own limit).',
    params: ['maxBytes', 'limit'],
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported media type',
    meaning: "The body's Content-Type is not one the operation reads.",
    params: ['accepted'],
  },
  unprocessable: {
    status: 422,
    title: 'Unprocessable content',
    meaning: 'Well-formed, but it cannot be accepted; `detail` and the items say why.',
  },
  'person-not-linked': {
    status: 422,
    title: 'Not linked to a person',
    meaning: 'The account is not linked to a person in the directory, which this needs (an admin links them by the same work email).',
  },
  'sensitive-person-internal-only': {
    status: 422,
    title: 'Internal only for sensitive functions',
    meaning: 'People in a sensitive function can only be internal ambassadors.',
  },
  'behind-the-scenes-internal-only': {
    status: 422,
    title: 'Behind the scenes means internal only',
    meaning: 'A behind-the-scenes ambassador cannot have an external scope.',
  },
  'not-an-ambassador': {
    status: 422,
    title: 'Not an ambassador',
    meaning: 'This needs an active ambassadorship (publishing a story, a profile photo).',
  },
  'story-scope-follows-ambassador': {
    status: 422,
    title: "Stories follow the ambassador's scope",
    meaning: "An internal ambassador's stories are internal too.",
  },
  'behind-the-scenes-no-photo': {
    status: 422,
    title: 'Behind the scenes means no photo',
    meaning: 'A behind-the-scenes ambassador has no profile photo.',
  },
  'not-own-image': {
    status: 422,
    title: 'Not one of your images',
    meaning: 'A story can only show images its author uploaded; each item names one image.',
    params: ['id'],
  },
  'buddy-is-newcomer': { status: 422, title: 'A newcomer is not their own buddy', meaning: 'Choosing the newcomer as their own buddy.' },
  'buddy-in-reporting-line': {
    status: 422,
    title: 'Not their manager',
    meaning: "A buddy is never the newcomer's manager or anyone up their reporting line.",
  },
  'not-a-newcomer': {
    status: 422,
    title: 'Buddies are for newcomers',
    meaning: 'Choosing a buddy for someone without a start date, or who started `months` months ago or longer.',
    params: ['months'],
  },
  'form-too-fast': {
    status: 422,
    title: 'Sent too fast',
    meaning: 'A public question form sent within `seconds` seconds of showing it (what bots do): wait a moment and send it again.',
    params: ['seconds'],
  },
  'form-expired': {
    status: 422,
    title: 'The form has expired',
    meaning: 'A public question form sent more than a day after showing it: reload the page and send it again.',
  },
  'step-incomplete': {
    status: 422,
    title: 'The step is not complete',
    meaning: "A journey step without what its kind needs (a custom date's name, a task, a message); each item names a field.",
  },
  'journey-incomplete': {
    status: 422,
    title: 'The journey is not complete',
    meaning: "A journey's name (or another text) without the organisation's default language; each item names a field.",
  },
  'unknown-template': {
    status: 422,
    title: 'Unknown template',
    meaning: 'Adding a journey from a template that does not exist.',
    params: ['allowed'],
  },
  'survey-no-questions': { status: 422, title: 'The survey has no questions', meaning: 'Opening a survey without any question.' },
  'cannot-thank-yourself': { status: 422, title: 'You cannot thank yourself', meaning: 'A thank-you addressed to its own author.' },
  'invalid-or-expired-token': {
    status: 422,
    title: 'Invalid or expired link',
    meaning: 'A password reset link that is unknown, used or expired.',
  },
  'password-rejected': {
    status: 422,
    title: 'This password cannot be used',
    meaning: 'The password breaks a rule of the password policy (README, "Passwords"); the item names the rule by its code.',
  },
  'no-email-address': { status: 422, title: 'No email address', meaning: 'The person has no work email to invite them with.' },
  'csv-invalid': {
    status: 422,
    title: 'The file has problems',
    meaning:
      'A people import refused as a whole: nothing was written. Each item has `row` (the header is row 1), `column`, an item code, `params` and the offending `value`.',
    params: ['rows'],
  },
  'unknown-reference': {
    status: 422,
    title: 'Refers to something that does not exist',
    meaning: 'An id in the body is unknown in this organisation, or the database found no record it refers to.',
  },
  'missing-value': { status: 422, title: 'A required value is missing', meaning: 'The database refused an empty required value.' },
  'value-not-allowed': { status: 422, title: 'This value is not allowed', meaning: 'The database refused a value its rules do not allow.' },
  'image-too-large': { status: 422, title: 'The image is too large', meaning: 'An image over 10 MB, or with too many pixels.' },
  'not-an-image': { status: 422, title: 'Not an image we can read', meaning: 'An upload that is not a JPEG, PNG, WebP or GIF image.' },
  'too-many-requests': {
    status: 429,
    title: 'Too many requests',
    meaning: 'A rate limit or the sign-in back-off; wait the `Retry-After` seconds.',
    params: ['retryAfter'],
  },
  // community exchange
  'post-hidden': {
    status: 422,
    title: 'This post is hidden',
    meaning: 'Commenting on or pinning a post a coordinator hid for a legal reason.',
  },
  // end community exchange
  // community events
  'event-closed': {
    status: 422,
    title: 'Sign-ups for this event are closed',
    meaning: 'Signing up for an event that was cancelled or has started.',
  },
  'event-role-unknown': {
    status: 422,
    title: 'The event has no such role',
    meaning: 'Signing up for a role the event does not have.',
    params: ['role'],
  },
  'event-role-in-use': {
    status: 422,
    title: 'People signed up for this role',
    meaning: 'Editing an event so that it no longer has a role someone signed up for.',
    params: ['role'],
  },
  // end community events
  // community alumni
  'alumni-not-eligible': {
    status: 422,
    title: 'Staying on as an alumni ambassador is not open to you',
    meaning: 'Choosing to stay on as an alumni ambassador without an end date set or the retirement journey begun.',
  },
  'role-not-assignable': {
    status: 422,
    title: 'This role cannot be given',
    meaning: "Giving an account the alumni role, or another role to an alumni account: only the person's own choice makes an alumnus.",
  },
  'alumni-link-spent': {
    status: 410,
    title: 'This alumni link has been used',
    meaning:
      "Choosing from a mailed alumni link issued before the person's last choice or leave: each link serves one choice, a fresh mail opens it again.",
  },
  'alumni-account-closed': {
    status: 409,
    title: 'The person closed this alumni account',
    meaning:
      'Enabling an alumni account that its person closed by leaving the alumni program (or erasure): only the person can return, by choosing again.',
  },
  // end community alumni
  // Integrations: each adds its codes in its own block, in this order.
  // sso
  'sso-required': {
    status: 403,
    title: 'Sign in with your work account',
    meaning:
      'The organisation requires single sign-on: password sign-in, password resets and invitations with a password are refused (break-glass admins aside).',
  },
  'sso-secret-required': {
    status: 422,
    title: 'The client secret is missing',
    meaning: 'The first single sign-on settings of an organisation need the client secret of the identity provider.',
  },
  'sso-secret-reenter': {
    status: 422,
    title: 'Enter the client secret again',
    meaning:
      'The issuer or client id changed: the stored client secret is only ever sent to the provider it was entered for, so the settings need it again.',
  },
  'sso-invalid-issuer': {
    status: 422,
    title: 'This issuer does not fit the preset',
    meaning:
      'The issuer is not https, or does not match the preset (Entra ID: https://login.microsoftonline.com/<tenant id>/v2.0 of one tenant; Google: https://accounts.google.com).',
  },
  'sso-break-glass-invalid': {
    status: 422,
    title: 'Break-glass accounts must be active admins',
    meaning: 'An id in breakGlassUserIds is not an active admin of this organisation.',
  },
  'sso-lockout': {
    status: 422,
    title: 'This would lock you out',
    meaning: 'Requiring single sign-on needs at least one break-glass admin, or your own account to have signed in with single sign-on.',
  },
  'sso-discovery-failed': {
    status: 422,
    title: "The identity provider's discovery document could not be read",
    meaning: 'The check fetched <issuer>/.well-known/openid-configuration and failed; `detail` says why (`reason`).',
    params: ['reason'],
  },
  // end sso
  // scim (SCIM's own answers use RFC 7644's error format; these are the /api/v1 ones)
  // end scim
  // webhooks
  'webhook-url-refused': {
    status: 422,
    title: 'This endpoint URL cannot be used',
    meaning:
      'A webhook endpoint URL that is not https, carries a user name or password, cannot be resolved, or resolves to a private or loopback address (allowed only with EMBASSY_ALLOW_PRIVATE_URLS=1); `reason` says which: scheme, credentials, unresolvable, private-address.',
    params: ['reason'],
  },
  'webhook-endpoint-disabled': {
    status: 409,
    title: 'The endpoint is disabled',
    meaning: 'A test or a replay to a webhook endpoint that is disabled: enable it first.',
  },
  'webhook-delivery-pending': {
    status: 409,
    title: 'This delivery is still being sent',
    meaning:
      'A replay of a webhook delivery that is still pending or being sent; only delivered, failed or cancelled ones can be replayed.',
  },
  // end webhooks
  // calendars
  // end calendars
  // chat
  'chat-channel-in-use': {
    status: 409,
    title: 'Journey steps still post to this channel',
    meaning: 'Deleting a chat channel that a journey step posts to; `journeys` names the journeys. Change those steps first.',
    params: ['journeys'],
  },
  'chat-url-wrong-host': {
    status: 422,
    title: 'Not an incoming webhook address of this service',
    meaning:
      'A Slack channel URL that is not https://hooks.slack.com/services/..., or a Teams one that is not a Workflows (logic.azure.com, powerplatform.com) or connector (webhook.office.com) address.',
    params: ['kind'],
  },
  'chat-url-refused': {
    status: 422,
    title: 'This address cannot be used',
    meaning: 'A chat channel URL that is not https, carries a user name or password, cannot be found, or points inside a private network.',
  },
  // end chat
  // bulk invitations
  'bulk-invitations-sso-required': {
    status: 409,
    title: 'Everyone signs in with single sign-on',
    meaning:
      'Bulk invitations (which let people choose a password) while the organisation requires single sign-on: people sign in through the identity provider instead.',
  },
  // end bulk invitations
  internal: {
    status: 500,
    title: 'Internal server error',
    meaning: 'Something went wrong on our side; it was logged. Nothing to fix in the request.',
  },
} as const satisfies Record<string, ProblemSpec>;

export type ProblemCode = keyof typeof PROBLEMS;
export const PROBLEM_CODES = Object.keys(PROBLEMS) as ProblemCode[];

export interface ItemSpec {
  /** A generic English message (the answer's own `message` is more specific). */
  title: string;
  params?: readonly string[];
}

/** Codes of `errors` items: field validation (any operation) and CSV cells (the people import). */
export const ITEM_CODES = {
  required: { title: 'This value is required.' },
  invalid: { title: 'This value is not valid.' },
  'invalid-type': { title: 'This value has the wrong type.', params: ['expected'] },
  'too-small': { title: 'Too short or too small.', params: ['minimum', 'origin'] },
  'too-big': { title: 'Too long or too large.', params: ['maximum', 'origin'] },
  'invalid-format': { title: 'Not in the expected form.', params: ['format'] },
  'invalid-enum': { title: 'Not one of the allowed values.', params: ['allowed'] },
  'unknown-field': { title: 'Unknown field: remove it.', params: ['field'] },
  'invalid-date': { title: 'Not a real day between 1900 and 2200 (yyyy-mm-dd).' },
  'day-beyond-month': { title: 'That month has fewer days.', params: ['days'] },
  'invalid-link': { title: 'Not a link starting with https://.' },
  'missing-language': { title: "Write this text in the organisation's default language too.", params: ['language'] },
  'date-in-future': { title: 'The date cannot be in the future.' },
  'to-before-from': { title: 'The end of the date range is before its start.', params: ['from'] },
  'too-many-links': { title: 'Too many links.', params: ['max'] },
  'invalid-slug': { title: 'Use lower-case letters, digits and hyphens.' },
  'unknown-time-zone': { title: 'Not a time zone (e.g. Europe/Brussels).', params: ['timeZone'] },
  'not-a-training': { title: 'Only trainings are marked done.' },
  'password-too-short': { title: 'The password is too short.', params: ['min'] },
  'password-too-long': { title: 'The password is too long.', params: ['max'] },
  'password-too-common': { title: 'The password is too common.' },
  'password-too-few-characters': { title: 'The password repeats too few characters.' },
  'password-sequence': { title: 'The password is a simple sequence.' },
  'password-common-word': { title: 'The password is a common word with digits or symbols added.' },
  'password-contains-email': { title: 'The password contains the part of the email address before the @.', params: ['part'] },
  'password-contains-name': { title: "The password is built from the person's own name with digits or symbols added.", params: ['name'] },
  'password-contains-organisation': { title: 'The password contains the organisation name.', params: ['name'] },
  'csv-syntax': { title: 'The file is not valid CSV: a quote opens a field and is never closed.', params: ['line', 'column'] },
  'csv-stray-quote': {
    title: 'A quote inside a field that is not wholly in quotes (at its start, middle or end): quote the field and double the quote.',
    params: ['line', 'column'],
  },
  'csv-nul-byte': { title: 'A NUL byte: not a CSV text file, or UTF-16 without a byte order mark.', params: ['line'] },
  'csv-encoding-unknown': { title: 'A byte that is neither UTF-8 nor Windows-1252 text.', params: ['line', 'byte'] },
  'csv-encoding-invalid': {
    title: 'The byte order mark announces an encoding the bytes after it do not follow.',
    params: ['line', 'encoding'],
  },
  'csv-empty-file': { title: 'The file is empty: it needs a header row and one row per person.' },
  'csv-unknown-column': { title: 'Unknown column: map it to a field or ignore it.', params: ['column'] },
  'csv-duplicate-column': { title: 'Two columns mean the same field: remove or ignore one.', params: ['first', 'column', 'field'] },
  'csv-missing-column': { title: 'A required column is missing.', params: ['field', 'accepted'] },
  'csv-cell-count': { title: 'The row has another number of cells than the header.', params: ['cells', 'expected', 'separator'] },
  'csv-required': { title: 'Every person needs this value.', params: ['field'] },
  'csv-year-digits': { title: 'A date needs a four-digit year.' },
  'csv-excel-date-number': { title: 'An Excel date number: format the column as a date.' },
  'csv-not-a-date': { title: 'Not a date: use dd/mm/yyyy or yyyy-mm-dd.' },
  'csv-year-out-of-range': { title: 'The year must be between 1900 and 2100.' },
  'csv-no-such-month': { title: 'There is no such month.', params: ['month'] },
  'csv-no-such-day': { title: 'Not a real date: the month has fewer days.', params: ['month', 'days'] },
  'csv-not-a-birthday': { title: 'Not a birthday: use dd/mm/yyyy, dd/mm or yyyy-mm-dd.' },
  'csv-unknown-language': { title: 'Not a supported language: use nl, fr, en or de.' },
  'csv-unknown-country': { title: 'Not a country code: use two letters as in ISO 3166.' },
  'csv-region-needed': { title: 'BE does not say which region: use Flanders, Brussels or Wallonia.' },
  'csv-unknown-region': { title: 'Not a region: use Flanders, Brussels, Wallonia, abroad or a country code.' },
  'csv-not-yes-no': { title: 'Not yes or no.' },
  'csv-invalid-email': { title: 'Not a valid e-mail address.', params: ['reason'] },
  'csv-too-long': { title: 'Too long.', params: ['length', 'max'] },
  'csv-duplicate-employee-number': { title: 'The employee number is also on another row.', params: ['otherRow'] },
  'csv-duplicate-email': { title: 'The work e-mail is also on another row.', params: ['otherRow'] },
  'csv-end-before-start': { title: 'The end date is before the start date.', params: ['start', 'end'] },
  'csv-own-manager': { title: 'A person cannot be their own manager.' },
  'csv-region-without-site': { title: 'The region is filled in but the site is not.' },
  'csv-country-region-mismatch': { title: 'The country does not match the region.', params: ['country', 'regionCountry'] },
  'csv-abroad-in-be': { title: 'The region says abroad but the country is BE.' },
  'csv-unknown-manager': { title: 'No employee with this number in the file or the directory.', params: ['manager'] },
  'csv-email-taken': { title: 'The work e-mail belongs to another employee.', params: ['owner'] },
  // calendars
  'event-only-for-messages': { title: 'Only a message step can be an event with a time (its mail carries the invitation).' },
} as const satisfies Record<string, ItemSpec>;

export type ItemCode = keyof typeof ITEM_CODES;
/** An item carries an item code, or the code of the problem it belongs to. */
export type AnyItemCode = ItemCode | ProblemCode;
export const ITEM_CODE_LIST = Object.keys(ITEM_CODES) as ItemCode[];

export type ProblemParams = Record<string, string | number>;

/** One thing wrong in a request. */
export interface ProblemItem {
  /** Where: a JSON path like "body.email", or for CSV the row and column. */
  path?: string;
  row?: number;
  column?: string;
  code?: AnyItemCode;
  params?: ProblemParams;
  /** For CSV: the offending cell as the file has it. Never set for fields (it could be a password). */
  value?: string;
  message: string;
}

export const problemType = (code: ProblemCode) => `${PROBLEM_TYPE_BASE}${code}`;
