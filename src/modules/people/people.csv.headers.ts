/**
 * Which CSV header means which person field: the names Dutch, French and English HR exports use,
 * matched without case, accents or punctuation. Pure and browser-safe.
 */
import { PERSON_FIELDS, REQUIRED_FIELDS, type PersonField, type RowError } from './people.types.ts';

/** Lower case, without accents, only a-z0-9: "N° matricule" → "nmatricule". */
export function normalizeHeader(h: string): string {
  return h
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Header names as Dutch, French and English HR exports write them (matched after normalizeHeader). */
export const HEADER_ALIASES: Record<PersonField, string[]> = {
  employee_number: [
    'Employee number',
    'Employee ID',
    'Emp no',
    'Employee no',
    'Personnel number',
    'Personeelsnummer',
    'Werknemersnummer',
    'Personeelsnr',
    'Stamnummer',
    'Matricule',
    "Numéro d'employé",
    'N° matricule',
    'Numéro de matricule',
  ],
  first_name: ['First name', 'Given name', 'Voornaam', 'Prénom'],
  last_name: ['Last name', 'Surname', 'Family name', 'Achternaam', 'Familienaam', 'Naam', 'Nom', 'Nom de famille'],
  work_email: [
    'Email',
    'E-mail',
    'Work email',
    'Business email',
    'Email address',
    'E-mailadres',
    'E-mail werk',
    'Werk e-mail',
    'Courriel',
    'Adresse e-mail',
    'E-mail professionnel',
  ],
  personal_email: [
    'Personal email',
    'Private email',
    'Privé e-mail',
    'Persoonlijk e-mailadres',
    'E-mail privé',
    'Courriel personnel',
    'E-mail personnel',
  ],
  language: ['Language', 'Taal', 'Werktaal', 'Langue'],
  department: ['Department', 'Dept', 'Afdeling', 'Dienst', 'Département', 'Service'],
  site: ['Site', 'Location', 'Vestiging', 'Locatie', 'Werkplek', 'Lieu de travail', 'Établissement'],
  region: ['Region', 'Regio', 'Gewest', 'Région'],
  country: ['Country', 'Country code', 'Land', 'Landcode', 'Pays', 'Code pays'],
  job_title: ['Job title', 'Title', 'Function', 'Functie', 'Functietitel', 'Fonction', 'Intitulé de poste'],
  manager: ['Manager', 'Manager employee number', 'Manager number', 'Leidinggevende', 'Responsable', 'Chef'],
  start_date: [
    'Start date',
    'Hire date',
    'Date of hire',
    'Startdatum',
    'Datum in dienst',
    'In dienst',
    'Indiensttreding',
    "Date d'entrée",
    'Date de début',
    "Date d'embauche",
  ],
  end_date: ['End date', 'Termination date', 'Leave date', 'Einddatum', 'Uit dienst', 'Datum uit dienst', 'Date de fin', 'Date de sortie'],
  birthday: ['Birthday', 'Birth date', 'Date of birth', 'DOB', 'Geboortedatum', 'Verjaardag', 'Date de naissance', 'Anniversaire'],
  sensitive: ['Sensitive', 'Sensitive function', 'Gevoelige functie', 'Gevoelig', 'Fonction sensible', 'Sensible'],
  employment_type: [
    'Employment type',
    'Contract type',
    'Employment status',
    'Contracttype',
    'Type contract',
    'Statuut',
    'Arbeidsregime',
    'Type de contrat',
    'Statut',
    'Régime de travail',
  ],
};

const HEADER_LOOKUP = new Map<string, PersonField>();
for (const field of PERSON_FIELDS) {
  for (const name of [field, ...HEADER_ALIASES[field]]) HEADER_LOOKUP.set(normalizeHeader(name), field);
}

export function matchHeader(header: string): PersonField | null {
  return HEADER_LOOKUP.get(normalizeHeader(header)) ?? null;
}

export const LABELS: Record<PersonField, string> = {
  employee_number: 'employee number',
  first_name: 'first name',
  last_name: 'last name',
  work_email: 'work e-mail',
  personal_email: 'personal e-mail',
  language: 'language',
  department: 'department',
  site: 'site',
  region: 'region',
  country: 'country',
  job_title: 'job title',
  manager: 'manager',
  start_date: 'start date',
  end_date: 'end date',
  birthday: 'birthday',
  sensitive: 'sensitive flag',
  employment_type: 'employment type',
};

export function mapColumns(headers: string[], options: { ignore?: string[] } = {}): { fields: (PersonField | null)[]; errors: RowError[] } {
  const ignored = new Set((options.ignore ?? []).map((h) => h.trim().toLowerCase()));
  const errors: RowError[] = [];
  const seen = new Map<PersonField, string>();
  const fields = headers.map((header): PersonField | null => {
    const name = header.trim();
    if (name === '' || ignored.has(name.toLowerCase())) return null;
    const field = matchHeader(name);
    if (!field) {
      errors.push({
        row: 1,
        column: header,
        code: 'csv-unknown-column',
        params: { column: name },
        message: `Unknown column "${name}": map it to a field or ignore it`,
      });
      return null;
    }
    const first = seen.get(field);
    if (first !== undefined) {
      errors.push({
        row: 1,
        column: header,
        code: 'csv-duplicate-column',
        params: { first, column: name, field },
        message: `Columns "${first}" and "${name}" both mean ${field}: remove or ignore one of them`,
      });
      return null;
    }
    seen.set(field, name);
    return field;
  });
  for (const field of REQUIRED_FIELDS) {
    if (!seen.has(field)) {
      errors.push({
        row: 1,
        column: field,
        code: 'csv-missing-column',
        params: { field, accepted: HEADER_ALIASES[field].join(', ') },
        message: `Missing column "${field}" (also accepted: ${HEADER_ALIASES[field].join(', ')})`,
      });
    }
  }
  return { fields, errors };
}
