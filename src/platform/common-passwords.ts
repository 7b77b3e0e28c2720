/**
 * Passwords and base words that breach lists show again and again (English, Dutch, French), and the
 * ones people pick for a Belgian employer. Not exhaustive: a floor, not a guarantee.
 */
const WORDS = `password passw0rd passwort wachtwoord motdepasse secret letmein welcome welkom bienvenue
admin administrator root login master qwerty azerty qwertz iloveyou jetaime ikhouvanjou monkey dragon
football voetbal soccer baseball basketball princess sunshine shadow superman batman starwars pokemon
trustno1 whatever freedom summer winter spring autumn zomer winter lente herfst ete hiver printemps
hello hallo bonjour salut changeme default test testing guest user company bedrijf entreprise office
belgium belgie belgique brussel bruxelles brussels antwerpen anvers gent gand liege luik namur namen
embassy ambassador ambassadeur employee werknemer employe manager chocolate chocolat frieten frites
michael jennifer thomas charlie jordan hunter ranger buster daniel andrew joshua matthew jessica
azertyuiop qwertyuiop asdfghjkl abcdef abc computer internet google facebook microsoft apple samsung
love lover loveme blessed family familie famille children kinderen enfants mamapapa papa mama
january february march april may june july august september october november december
januari februari maart mei juni juli augustus oktober janvier fevrier mars avril mai juin juillet aout
septembre octobre novembre decembre monday friday maandag vrijdag lundi vendredi`
  .split(/\s+/)
  .filter(Boolean);

export const COMMON_BASES: ReadonlySet<string> = new Set(WORDS);

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '111111111111',
  '000000000000',
  '123123123123',
  '121212121212',
  '987654321098',
  'password1234',
  'password12345',
  'password123!',
  'passwordpassword',
  'qwertyuiop12',
  'qwerty123456',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'zaq12wsxcde3',
  'azertyuiop12',
  'iloveyou1234',
  'welcome12345',
  'welkom123456',
  'bienvenue123',
  'letmein12345',
  'changeme1234',
  'administrator',
  'administrator1',
  'trustno1trustno1',
  'correcthorsebatterystaple',
  'aaaaaaaaaaaa',
  'abcdefghijkl',
  'abc123abc123',
  'qwertyqwerty',
  'azertyazerty',
  'motdepasse123',
  'wachtwoord123',
]);
