/**
 * The built-in calendars of holidays.ts: the national days of BE, NL, LU, FR and DE, and the
 * Belgian community day a person gets. Each adds its days for a year through `add` (a fixed date)
 * and `easter` (days after Easter Sunday); holidays.ts adds an organisation's extra days and sorts.
 */
import type { HolidayKind, HolidayRules } from './holidays.ts';

export type Add = (month: number, day: number, name: string, kind?: HolidayKind) => void;
export type AddEaster = (offset: number, name: string) => void;

/** The 10 Belgian public holidays (Easter Sunday and Whit Sunday are Sundays anyway, so not listed). */
function belgium(add: Add, easter: AddEaster): void {
  add(1, 1, "New Year's Day");
  easter(1, 'Easter Monday');
  add(5, 1, 'Labour Day');
  easter(39, 'Ascension Day');
  easter(50, 'Whit Monday');
  add(7, 21, 'Belgian National Day');
  add(8, 15, 'Assumption Day');
  add(11, 1, "All Saints' Day");
  add(11, 11, 'Armistice Day');
  add(12, 25, 'Christmas Day');
}

export type BelgianCommunity = 'flemish' | 'french' | 'german';

/**
 * Whose community day a person gets: the community competent where they work. Belgium has three
 * communities over four language areas (Constitution art. 2 and 4): the Flemish Community in the
 * Dutch language area, the French Community (Fédération Wallonie-Bruxelles) in the French one, the
 * German-speaking Community in the German one (art. 130), and both the Flemish and the French in
 * bilingual Brussels-Capital (art. 127-128), where the person's language picks one. The Walloon
 * Region holds two language areas: the French one and the nine municipalities of the German one
 * (Eupen, Sankt Vith, ...), so there a 'de' speaker (or a site flagged germanCommunityDay) is
 * German-speaking Community staff. Each person gets one community's day, never two: the 27
 * September of the French Community applies to its own staff, not to the German-speaking
 * Community's, whose day is 15 November (decree of the German-speaking Community of 1 October
 * 1990, art. 1); the Flemish day is 11 July (decree of the Flemish Community of 7 November 1990);
 * the French day 27 September (décret déterminant le jour de fête et les emblèmes propres à la
 * Communauté française de Belgique). None of them is a legal public holiday for private employers
 * (the law of 4 January 1974 on public holidays and its Royal Decree of 18 April 1974 list the ten
 * national days): sector agreements and work rules commonly grant "the community day by where one
 * works", one of the three per person, hence on by default. ../shared/DOMAIN.md lists the three
 * days; this is which one a person gets.
 */
export function belgianCommunity(rules: HolidayRules): BelgianCommunity | null {
  if (rules.germanCommunityDay === true) return 'german';
  if (rules.communityDays === false) return null;
  switch (rules.region) {
    case 'flanders':
      return 'flemish';
    case 'wallonia':
      return rules.language === 'de' && rules.germanCommunityDay !== false ? 'german' : 'french';
    case 'brussels':
      // The German-speaking Community has no competence in Brussels: only nl and fr pick a day.
      return rules.language === 'nl' ? 'flemish' : rules.language === 'fr' ? 'french' : null;
    default:
      return null; // abroad, or a site without a region: no community by region
  }
}

const COMMUNITY_DAYS: Record<BelgianCommunity, [month: number, day: number, name: string]> = {
  flemish: [7, 11, 'Day of the Flemish Community'],
  french: [9, 27, 'Day of the French Community'],
  german: [11, 15, 'Day of the German-speaking Community'],
};

function belgianCommunityDays(add: Add, rules: HolidayRules): void {
  const community = belgianCommunity(rules);
  if (community) add(...COMMUNITY_DAYS[community], 'community');
  if (rules.irisDay === true && rules.region === 'brussels') add(5, 8, 'Iris Day', 'community');
}

function netherlands(add: Add, easter: AddEaster, year: number): void {
  add(1, 1, "New Year's Day");
  // Good Friday is not a general day off in the Netherlands: skipped on purpose.
  easter(0, 'Easter Sunday');
  easter(1, 'Easter Monday');
  // King's Day (since 2014) is 27 April, Queen's Day before it 30 April; on a Sunday both
  // move to the Saturday before (the rule since 1980; earlier years are not modelled exactly).
  const kingsDay = year >= 2014 ? 27 : 30;
  add(4, dayOfWeek(year, 4, kingsDay) === 7 ? kingsDay - 1 : kingsDay, year >= 2014 ? "King's Day" : "Queen's Day");
  add(5, 5, 'Liberation Day'); // Officially a day off only every fifth year; kept yearly as requested.
  easter(39, 'Ascension Day');
  easter(49, 'Whit Sunday');
  easter(50, 'Whit Monday');
  add(12, 25, 'Christmas Day');
  add(12, 26, 'Second Day of Christmas');
}

function luxembourg(add: Add, easter: AddEaster, year: number): void {
  add(1, 1, "New Year's Day");
  easter(1, 'Easter Monday');
  add(5, 1, 'Labour Day');
  if (year >= 2019) add(5, 9, 'Europe Day'); // A public holiday since 2019.
  easter(39, 'Ascension Day');
  easter(50, 'Whit Monday');
  add(6, 23, 'National Day');
  add(8, 15, 'Assumption Day');
  add(11, 1, "All Saints' Day");
  add(12, 25, 'Christmas Day');
  add(12, 26, "St Stephen's Day");
}

/** Metropolitan France's 11 jours fériés (Alsace-Moselle's extra two are local, so not here). */
function france(add: Add, easter: AddEaster): void {
  add(1, 1, "New Year's Day");
  easter(1, 'Easter Monday');
  add(5, 1, 'Labour Day');
  add(5, 8, 'Victory in Europe Day');
  easter(39, 'Ascension Day');
  easter(50, 'Whit Monday'); // Still a public holiday, though employers may make it the "solidarity day".
  add(7, 14, 'Bastille Day');
  add(8, 15, 'Assumption Day');
  add(11, 1, "All Saints' Day");
  add(11, 11, 'Armistice Day');
  add(12, 25, 'Christmas Day');
}

/** Germany: only the days that hold in every Land; the Länder add their own via `extra`. */
function germany(add: Add, easter: AddEaster, year: number): void {
  add(1, 1, "New Year's Day");
  easter(-2, 'Good Friday');
  easter(1, 'Easter Monday');
  add(5, 1, 'Labour Day');
  easter(39, 'Ascension Day');
  easter(50, 'Whit Monday');
  add(10, 3, 'German Unity Day');
  if (year === 2017) add(10, 31, 'Reformation Day'); // 500th anniversary: nationwide that one year only.
  add(12, 25, 'Christmas Day');
  add(12, 26, 'Second Day of Christmas');
}

/** 1 = Monday … 7 = Sunday. */
function dayOfWeek(y: number, m: number, d: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getUTCDay() || 7;
}

/** The national (and, in Belgium, community) days of the rules' country; none for other countries, whose organisations configure every day through `extra`. */
export function addBuiltInDays(rules: HolidayRules, year: number, add: Add, easter: AddEaster): void {
  switch (rules.country.toUpperCase()) {
    case 'BE':
      belgium(add, easter);
      belgianCommunityDays(add, rules);
      break;
    case 'NL':
      netherlands(add, easter, year);
      break;
    case 'LU':
      luxembourg(add, easter, year);
      break;
    case 'FR':
      france(add, easter);
      break;
    case 'DE':
      germany(add, easter, year);
      break;
    default:
      break;
  }
}
