/**
 * Intl formatters, made once per locale and options. Making one costs tens of microseconds (the
 * locale's data is loaded and the options resolved), using one a fraction of that, and a page, a mail
 * or an export formats many dates: every server-side formatter comes from here.
 */

const MAX_KEPT = 2000;
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/** The cache key: locale and options in the order written (JSON.stringify costs twice as much). */
function keyOf(locale: string, options: object): string {
  let key = locale;
  for (const k in options) key += `|${k}=${String(options[k as keyof typeof options])}`;
  return key;
}

function kept<F>(cache: Map<string, F>, key: string, make: () => F): F {
  let f = cache.get(key);
  if (f === undefined) {
    // Keys come from the code and the organisations' time zones, so this only guards against a bug.
    if (cache.size >= MAX_KEPT) cache.clear();
    // A bad time zone throws here (RangeError), before anything is kept.
    cache.set(key, (f = make()));
  }
  return f;
}

/** `new Intl.DateTimeFormat(locale, options)`, shared. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return kept(dateFormats, keyOf(locale, options), () => new Intl.DateTimeFormat(locale, options));
}

/** `new Intl.ListFormat(locale, options)`, shared. */
export function listFormat(locale: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  return kept(listFormats, keyOf(locale, options), () => new Intl.ListFormat(locale, options));
}
