/**
 * What this SCIM server offers (RFC 7643 sections 5-8): the service provider's configuration, the
 * User resource type with the enterprise extension, and the attribute definitions clients read.
 */
export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const SPC_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';
const RESOURCE_TYPE_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ResourceType';
const SCHEMA_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Schema';

/** The most resources one page of GET /Users returns. */
export const MAX_RESULTS = 200;

export function serviceProviderConfig(base: string) {
  return {
    schemas: [SPC_SCHEMA],
    documentationUri: `${base.replace(/\/scim\/v2$/, '')}/docs`,
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_RESULTS },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: true },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'OAuth Bearer Token',
        description: 'A SCIM token an admin creates in Embassy under Settings, Integrations, SCIM.',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${base}/ServiceProviderConfig` },
  };
}

export function resourceTypes(base: string) {
  return [
    {
      schemas: [RESOURCE_TYPE_SCHEMA],
      id: 'User',
      name: 'User',
      endpoint: '/Users',
      description: 'A person of the organisation',
      schema: USER_SCHEMA,
      schemaExtensions: [{ schema: ENTERPRISE_SCHEMA, required: false }],
      meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/User` },
    },
    {
      schemas: [RESOURCE_TYPE_SCHEMA],
      id: 'Group',
      name: 'Group',
      endpoint: '/Groups',
      description: 'A department of the organisation, read-only: its members are the people in it',
      schema: GROUP_SCHEMA,
      meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/Group` },
    },
  ];
}

type Attr = {
  name: string;
  type: 'string' | 'boolean' | 'complex' | 'reference' | 'dateTime';
  multiValued?: boolean;
  required?: boolean;
  caseExact?: boolean;
  mutability?: 'readOnly' | 'readWrite' | 'immutable' | 'writeOnly';
  uniqueness?: 'none' | 'server' | 'global';
  description?: string;
  subAttributes?: Attr[];
  canonicalValues?: string[];
  referenceTypes?: string[];
};

function full(a: Attr): Record<string, unknown> {
  return {
    name: a.name,
    type: a.type,
    multiValued: a.multiValued ?? false,
    description: a.description ?? '',
    required: a.required ?? false,
    caseExact: a.caseExact ?? false,
    mutability: a.mutability ?? 'readWrite',
    returned: 'default',
    uniqueness: a.uniqueness ?? 'none',
    ...(a.canonicalValues ? { canonicalValues: a.canonicalValues } : {}),
    ...(a.referenceTypes ? { referenceTypes: a.referenceTypes } : {}),
    ...(a.subAttributes ? { subAttributes: a.subAttributes.map(full) } : {}),
  };
}

const USER_ATTRIBUTES: Attr[] = [
  { name: 'userName', type: 'string', required: true, uniqueness: 'server', description: 'The sign-in name at the identity provider' },
  {
    name: 'name',
    type: 'complex',
    subAttributes: [
      { name: 'formatted', type: 'string', mutability: 'readOnly' },
      { name: 'givenName', type: 'string', description: 'First name (required)' },
      { name: 'familyName', type: 'string', description: 'Last name (required)' },
    ],
  },
  { name: 'displayName', type: 'string' },
  { name: 'title', type: 'string', description: 'Job title' },
  { name: 'preferredLanguage', type: 'string', description: 'nl, fr, en or de (nl-BE, fr-BE accepted)' },
  { name: 'active', type: 'boolean', description: 'false ends access and sets the end date to today' },
  {
    name: 'emails',
    type: 'complex',
    multiValued: true,
    description: 'type work is the work email; another type the personal email',
    subAttributes: [
      { name: 'value', type: 'string' },
      { name: 'type', type: 'string', canonicalValues: ['work', 'home', 'other'] },
      { name: 'primary', type: 'boolean' },
    ],
  },
  {
    name: 'addresses',
    type: 'complex',
    multiValued: true,
    description: 'The locality of the work address is the site',
    subAttributes: [
      { name: 'type', type: 'string', canonicalValues: ['work'] },
      { name: 'locality', type: 'string' },
      { name: 'country', type: 'string' },
      { name: 'formatted', type: 'string' },
    ],
  },
];

const ENTERPRISE_ATTRIBUTES: Attr[] = [
  {
    name: 'employeeNumber',
    type: 'string',
    uniqueness: 'server',
    description: 'The employee number that matches the CSV import; when a new user has none, its externalId is used',
  },
  { name: 'department', type: 'string' },
  {
    name: 'manager',
    type: 'complex',
    subAttributes: [
      { name: 'value', type: 'string', description: 'The SCIM id of the manager' },
      { name: '$ref', type: 'reference', referenceTypes: ['User'] },
      { name: 'displayName', type: 'string', mutability: 'readOnly' },
    ],
  },
];

const GROUP_ATTRIBUTES: Attr[] = [
  { name: 'displayName', type: 'string', required: true, mutability: 'readOnly', description: 'The department' },
  {
    name: 'members',
    type: 'complex',
    multiValued: true,
    mutability: 'readOnly',
    subAttributes: [
      { name: 'value', type: 'string', mutability: 'readOnly' },
      { name: 'display', type: 'string', mutability: 'readOnly' },
      { name: '$ref', type: 'reference', referenceTypes: ['User'], mutability: 'readOnly' },
    ],
  },
];

export function schemas(base: string) {
  return [
    {
      schemas: [SCHEMA_SCHEMA],
      id: USER_SCHEMA,
      name: 'User',
      description: 'A person of the organisation',
      attributes: USER_ATTRIBUTES.map(full),
      meta: { resourceType: 'Schema', location: `${base}/Schemas/${USER_SCHEMA}` },
    },
    {
      schemas: [SCHEMA_SCHEMA],
      id: ENTERPRISE_SCHEMA,
      name: 'EnterpriseUser',
      description: 'Enterprise user',
      attributes: ENTERPRISE_ATTRIBUTES.map(full),
      meta: { resourceType: 'Schema', location: `${base}/Schemas/${ENTERPRISE_SCHEMA}` },
    },
    {
      schemas: [SCHEMA_SCHEMA],
      id: GROUP_SCHEMA,
      name: 'Group',
      description: 'A department (read-only)',
      attributes: GROUP_ATTRIBUTES.map(full),
      meta: { resourceType: 'Schema', location: `${base}/Schemas/${GROUP_SCHEMA}` },
    },
  ];
}

export function listResponse<T>(resources: T[], totalResults: number, startIndex: number) {
  return { schemas: [LIST_SCHEMA], totalResults, startIndex, itemsPerPage: resources.length, Resources: resources };
}
