/**
 * Reference data for the synthetic organisation generator (people.seed.ts):
 * sites, departments with their job titles and e-mail providers (name pools: people.seed-names.ts).
 * Plain data only; every list is ordered most common first where that matters.
 */
import type { PoolId } from './people.seed-names.ts';
import type { Language, Region } from './people.types.ts';

export type Weighted<T> = readonly (readonly [T, number])[];

export type MailRegion = 'flanders' | 'brussels' | 'wallonia' | 'NL' | 'LU';

export interface SiteDef {
  name: string;
  region: Region;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Relative share of the workforce before department preferences. */
  weight: number;
  languages: Weighted<Language>;
  /** Share of people whose names come from DIVERSITY_POOLS rather than the local pool of their language. */
  diversity: number;
  /** Local name pool per language where it differs from LOCAL_POOL_BY_LANGUAGE. */
  localPools?: Partial<Record<Language, PoolId>>;
  mailRegion: MailRegion;
}

export const HEAD_OFFICE = 'Brussel/Bruxelles';

const FLEMISH_LANGUAGES: Weighted<Language> = [
  ['nl', 92],
  ['en', 5],
  ['fr', 3],
];
const WALLOON_LANGUAGES: Weighted<Language> = [
  ['fr', 93],
  ['nl', 3],
  ['en', 3],
  ['de', 1],
];

export const SITES: readonly SiteDef[] = [
  {
    name: HEAD_OFFICE,
    region: 'brussels',
    country: 'BE',
    weight: 26,
    languages: [
      ['fr', 52],
      ['nl', 36],
      ['en', 12],
    ],
    diversity: 0.35,
    mailRegion: 'brussels',
  },
  {
    name: 'Antwerpen',
    region: 'flanders',
    country: 'BE',
    weight: 14,
    languages: FLEMISH_LANGUAGES,
    diversity: 0.2,
    mailRegion: 'flanders',
  },
  { name: 'Gent', region: 'flanders', country: 'BE', weight: 10, languages: FLEMISH_LANGUAGES, diversity: 0.15, mailRegion: 'flanders' },
  { name: 'Leuven', region: 'flanders', country: 'BE', weight: 6, languages: FLEMISH_LANGUAGES, diversity: 0.12, mailRegion: 'flanders' },
  { name: 'Brugge', region: 'flanders', country: 'BE', weight: 4, languages: FLEMISH_LANGUAGES, diversity: 0.06, mailRegion: 'flanders' },
  { name: 'Hasselt', region: 'flanders', country: 'BE', weight: 4, languages: FLEMISH_LANGUAGES, diversity: 0.1, mailRegion: 'flanders' },
  { name: 'Mechelen', region: 'flanders', country: 'BE', weight: 4, languages: FLEMISH_LANGUAGES, diversity: 0.14, mailRegion: 'flanders' },
  { name: 'Kortrijk', region: 'flanders', country: 'BE', weight: 3, languages: FLEMISH_LANGUAGES, diversity: 0.07, mailRegion: 'flanders' },
  { name: 'Liège', region: 'wallonia', country: 'BE', weight: 6, languages: WALLOON_LANGUAGES, diversity: 0.18, mailRegion: 'wallonia' },
  { name: 'Namur', region: 'wallonia', country: 'BE', weight: 5, languages: WALLOON_LANGUAGES, diversity: 0.08, mailRegion: 'wallonia' },
  { name: 'Charleroi', region: 'wallonia', country: 'BE', weight: 4, languages: WALLOON_LANGUAGES, diversity: 0.2, mailRegion: 'wallonia' },
  { name: 'Mons', region: 'wallonia', country: 'BE', weight: 3, languages: WALLOON_LANGUAGES, diversity: 0.1, mailRegion: 'wallonia' },
  {
    name: 'Louvain-la-Neuve',
    region: 'wallonia',
    country: 'BE',
    weight: 4,
    languages: [
      ['fr', 90],
      ['en', 6],
      ['nl', 4],
    ],
    diversity: 0.15,
    mailRegion: 'wallonia',
  },
  {
    name: 'Eupen',
    region: 'wallonia',
    country: 'BE',
    weight: 2,
    languages: [
      ['de', 88],
      ['fr', 9],
      ['en', 2],
      ['nl', 1],
    ],
    diversity: 0.05,
    mailRegion: 'wallonia',
  },
  {
    name: 'Amsterdam',
    region: 'abroad',
    country: 'NL',
    weight: 3,
    languages: [
      ['en', 65],
      ['nl', 30],
      ['fr', 5],
    ],
    diversity: 0.3,
    localPools: { nl: 'dutch' },
    mailRegion: 'NL',
  },
  {
    name: 'Luxembourg',
    region: 'abroad',
    country: 'LU',
    weight: 2,
    languages: [
      ['en', 55],
      ['fr', 35],
      ['de', 7],
      ['nl', 3],
    ],
    diversity: 0.35,
    localPools: { fr: 'luxembourgish', de: 'luxembourgish' },
    mailRegion: 'LU',
  },
];

export interface JobTitleDef {
  title: string;
  weight: number;
  /** Roles whose holders must be hidden from broad communication (inspectors, investigators). */
  sensitive?: boolean;
}

export interface DepartmentDef {
  name: string;
  /** Relative share of the workforce. */
  weight: number;
  /** Order in which departments appear in very small organisations (1 = first). */
  smallOrgRank: number;
  /** Where the head of department works. */
  homeSite: string;
  /** Multipliers on SITES weights for this department (default 1). */
  siteBias?: Readonly<Record<string, number>>;
  titles: readonly JobTitleDef[];
}

export const DEPARTMENTS: readonly DepartmentDef[] = [
  {
    name: 'HR',
    weight: 4,
    smallOrgRank: 6,
    homeSite: HEAD_OFFICE,
    siteBias: { [HEAD_OFFICE]: 2.5 },
    titles: [
      { title: 'HR Business Partner', weight: 3 },
      { title: 'Payroll Specialist', weight: 3 },
      { title: 'Recruiter', weight: 3 },
      { title: 'HR Administrator', weight: 3 },
      { title: 'Talent Acquisition Specialist', weight: 2 },
      { title: 'Learning & Development Specialist', weight: 2 },
      { title: 'Compensation & Benefits Analyst', weight: 1 },
      { title: 'Internal Communications Officer', weight: 1 },
    ],
  },
  {
    name: 'Finance',
    weight: 6,
    smallOrgRank: 3,
    homeSite: HEAD_OFFICE,
    siteBias: { [HEAD_OFFICE]: 3 },
    titles: [
      { title: 'Accountant', weight: 4 },
      { title: 'Accounts Payable Clerk', weight: 3 },
      { title: 'Accounts Receivable Clerk', weight: 2 },
      { title: 'Financial Controller', weight: 2 },
      { title: 'FP&A Analyst', weight: 2 },
      { title: 'Tax Specialist', weight: 1 },
      { title: 'Treasury Analyst', weight: 1 },
    ],
  },
  {
    name: 'IT',
    weight: 11,
    smallOrgRank: 5,
    homeSite: HEAD_OFFICE,
    siteBias: { [HEAD_OFFICE]: 1.5, Gent: 1.5, Leuven: 1.5, 'Louvain-la-Neuve': 1.3, Eupen: 0.5 },
    titles: [
      { title: 'Software Engineer', weight: 5 },
      { title: 'Senior Software Engineer', weight: 3 },
      { title: 'Service Desk Analyst', weight: 3 },
      { title: 'DevOps Engineer', weight: 2 },
      { title: 'System Administrator', weight: 2 },
      { title: 'Data Engineer', weight: 2 },
      { title: 'Business Analyst', weight: 2 },
      { title: 'QA Engineer', weight: 2 },
      { title: 'Security Analyst', weight: 1 },
      { title: 'Network Engineer', weight: 1 },
      { title: 'Product Owner', weight: 1 },
    ],
  },
  {
    name: 'Customer Care',
    weight: 15,
    smallOrgRank: 4,
    homeSite: HEAD_OFFICE,
    siteBias: { Hasselt: 2, Namur: 2, Charleroi: 1.5, Kortrijk: 1.5, Eupen: 2, [HEAD_OFFICE]: 0.6 },
    titles: [
      { title: 'Customer Care Agent', weight: 10 },
      { title: 'Senior Customer Care Agent', weight: 3 },
      { title: 'Complaints Handler', weight: 2 },
      { title: 'Quality Coach', weight: 1 },
      { title: 'Workforce Planner', weight: 1 },
      { title: 'Knowledge Base Editor', weight: 1 },
    ],
  },
  {
    name: 'Sales',
    weight: 12,
    smallOrgRank: 2,
    homeSite: HEAD_OFFICE,
    siteBias: { [HEAD_OFFICE]: 1.2, Amsterdam: 2, Luxembourg: 2 },
    titles: [
      { title: 'Account Manager', weight: 4 },
      { title: 'Sales Representative', weight: 4 },
      { title: 'Inside Sales Representative', weight: 3 },
      { title: 'Key Account Manager', weight: 2 },
      { title: 'Sales Support Officer', weight: 2 },
      { title: 'Business Developer', weight: 2 },
      { title: 'Pre-Sales Consultant', weight: 1 },
    ],
  },
  {
    name: 'Marketing',
    weight: 5,
    smallOrgRank: 7,
    homeSite: HEAD_OFFICE,
    siteBias: { [HEAD_OFFICE]: 2, Gent: 1.3 },
    titles: [
      { title: 'Marketing Specialist', weight: 3 },
      { title: 'Content Writer', weight: 2 },
      { title: 'Graphic Designer', weight: 2 },
      { title: 'Digital Marketing Specialist', weight: 2 },
      { title: 'Communications Officer', weight: 2 },
      { title: 'Brand Manager', weight: 1 },
      { title: 'Event Coordinator', weight: 1 },
      { title: 'Marketing Analyst', weight: 1 },
    ],
  },
  {
    name: 'Legal',
    weight: 3,
    smallOrgRank: 10,
    homeSite: HEAD_OFFICE,
    siteBias: { [HEAD_OFFICE]: 4, Amsterdam: 0.5, Luxembourg: 0.5 },
    titles: [
      { title: 'Legal Counsel', weight: 4 },
      { title: 'Paralegal', weight: 3 },
      { title: 'Contract Manager', weight: 2 },
      { title: 'Legal Assistant', weight: 2 },
      { title: 'Data Protection Officer', weight: 1 },
    ],
  },
  {
    name: 'Operations',
    weight: 15,
    smallOrgRank: 1,
    homeSite: HEAD_OFFICE,
    titles: [
      { title: 'Production Operator', weight: 5 },
      { title: 'Operations Specialist', weight: 3 },
      { title: 'Planner', weight: 3 },
      { title: 'Quality Controller', weight: 3 },
      { title: 'Maintenance Technician', weight: 3 },
      { title: 'Process Improvement Analyst', weight: 2 },
      { title: 'Project Coordinator', weight: 2 },
    ],
  },
  {
    name: 'Logistics',
    weight: 10,
    smallOrgRank: 8,
    homeSite: 'Antwerpen',
    siteBias: { Antwerpen: 3, Liège: 2.5, Charleroi: 2, Mechelen: 1.5, Kortrijk: 1.5, [HEAD_OFFICE]: 0.3 },
    titles: [
      { title: 'Warehouse Operative', weight: 6 },
      { title: 'Forklift Driver', weight: 3 },
      { title: 'Truck Driver', weight: 3 },
      { title: 'Dispatcher', weight: 2 },
      { title: 'Inventory Controller', weight: 2 },
      { title: 'Supply Chain Planner', weight: 2 },
      { title: 'Transport Coordinator', weight: 2 },
    ],
  },
  {
    name: 'Research & Development',
    weight: 8,
    smallOrgRank: 11,
    homeSite: 'Leuven',
    siteBias: { Leuven: 5, 'Louvain-la-Neuve': 5, Gent: 2, [HEAD_OFFICE]: 0.5, Amsterdam: 0.5, Luxembourg: 0.3 },
    titles: [
      { title: 'Lab Technician', weight: 4 },
      { title: 'Research Scientist', weight: 3 },
      { title: 'Research Engineer', weight: 3 },
      { title: 'Product Developer', weight: 2 },
      { title: 'Data Scientist', weight: 2 },
      { title: 'Test Engineer', weight: 2 },
      { title: 'Technical Writer', weight: 1 },
    ],
  },
  {
    name: 'Customs & Compliance',
    weight: 7,
    smallOrgRank: 12,
    homeSite: HEAD_OFFICE,
    siteBias: { Antwerpen: 3, Liège: 2.5, Brugge: 2, Eupen: 2, Luxembourg: 0.5 },
    titles: [
      { title: 'Customs Inspector', weight: 5, sensitive: true },
      { title: 'Customs Investigator', weight: 1, sensitive: true },
      { title: 'Fraud Investigator', weight: 1, sensitive: true },
      { title: 'Compliance Officer', weight: 3 },
      { title: 'Customs Declarant', weight: 3 },
      { title: 'Trade Compliance Analyst', weight: 2 },
      { title: 'Export Control Specialist', weight: 1 },
    ],
  },
  {
    name: 'Facilities',
    weight: 4,
    smallOrgRank: 9,
    homeSite: HEAD_OFFICE,
    titles: [
      { title: 'Facility Coordinator', weight: 3 },
      { title: 'Receptionist', weight: 3 },
      { title: 'Security Officer', weight: 3 },
      { title: 'Cleaner', weight: 3 },
      { title: 'Building Technician', weight: 2 },
      { title: 'Catering Employee', weight: 2 },
      { title: 'Fleet Coordinator', weight: 1 },
    ],
  },
];

export const EXECUTIVE_DEPARTMENT = 'General Management';
export const CEO_TITLE = 'Chief Executive Officer';

export const PERSONAL_EMAIL_DOMAINS: Readonly<Record<MailRegion, Weighted<string>>> = {
  flanders: [
    ['gmail.com', 35],
    ['telenet.be', 30],
    ['outlook.be', 10],
    ['hotmail.com', 10],
    ['skynet.be', 10],
    ['proximus.be', 5],
  ],
  brussels: [
    ['gmail.com', 45],
    ['hotmail.com', 15],
    ['outlook.be', 15],
    ['skynet.be', 15],
    ['telenet.be', 10],
  ],
  wallonia: [
    ['gmail.com', 35],
    ['skynet.be', 20],
    ['hotmail.com', 15],
    ['voo.be', 15],
    ['outlook.be', 10],
    ['yahoo.fr', 5],
  ],
  NL: [
    ['gmail.com', 40],
    ['outlook.com', 20],
    ['ziggo.nl', 20],
    ['kpnmail.nl', 10],
    ['hotmail.com', 10],
  ],
  LU: [
    ['gmail.com', 40],
    ['pt.lu', 25],
    ['outlook.com', 20],
    ['hotmail.com', 15],
  ],
};
