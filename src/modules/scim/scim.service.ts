/**
 * SCIM provisioning of people: list, read, create, replace, patch and delete Users. Every write
 * goes through the people write core (people.write.ts), as the CSV import does: the same checks,
 * the same person matched by employee number, the same audit entry, public-cache drop and events.
 *
 * Decisions (documented in the README):
 * - The employee number is the enterprise extension's employeeNumber; a new user without one gets
 *   its externalId; with neither, 400 invalidValue. A later write without one keeps the stored number.
 * - POST of an employee number that belongs to a person without a SCIM identity (from the import,
 *   or deleted through SCIM before) links that person and updates them: never a second person.
 * - active:false ends access (accounts disabled, signed out, API tokens revoked) and sets the end
 *   date to today (or the start date, if later) unless an earlier one is set, so offboarding starts.
 *   It does so for a person already past an end date HR set too (shown inactive, access not ended);
 *   only a person SCIM already ended is left alone.
 *   active:true clears that end date again if SCIM set it and nobody changed it since; an end date
 *   HR set stays. Disabled accounts stay disabled until an admin enables them.
 * - DELETE does what active:false does, and the person disappears from SCIM (404), history kept.
 */
import type { AppContext } from '../../platform/context.ts';
import { orgToday } from '../../platform/org-time.ts';
import type { Actor } from '../../platform/policy.ts';
import { applyPeople, crossCheckPeople, planPeople, type PersonField, type PersonRecord } from '../people/people.service.ts';
import { invalidValue, ScimError, scimNotFound, uniqueness } from './scim.errors.ts';
import { parseFilter } from './scim.filter.ts';
import { applyPatch, canonicalize, type Resource } from './scim.patch.ts';
import { filterToSql } from './scim.query.ts';
import * as repo from './scim.repo.ts';
import { ENTERPRISE_SCHEMA, listResponse, MAX_RESULTS } from './scim.schema.ts';
import type { ScimCaller } from './scim.tokens.service.ts';
import { etagOf, fromResource, toResource, type ScimRow } from './scim.users.ts';

export interface Call {
  caller: ScimCaller;
  /** The SCIM base URL, for locations. */
  base: string;
}

function actorOf(caller: ScimCaller): Actor {
  return {
    userId: '',
    orgId: caller.orgId,
    role: 'admin',
    email: '',
    personId: null,
    via: 'token',
    label: `SCIM: ${caller.name} (${caller.prefix}…)`,
    tokenId: caller.tokenId,
  };
}

const EMPLOYEE_NUMBER = `${ENTERPRISE_SCHEMA}:employeeNumber`;

function intParam(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw.trim())) throw invalidValue(`"${name}" must be a whole number.`);
  return Number(raw);
}

/** Keeps only the asked attributes (`attributes`) or drops some (`excludedAttributes`); id and schemas always stay. */
function project(resource: Resource, attributes?: string, excluded?: string): Resource {
  const names = (s: string) =>
    s.split(',').map((a) =>
      a
        .trim()
        .toLowerCase()
        .replace(/^urn:ietf:params:scim:schemas:core:2\.0:user:/, ''),
    );
  const top = (a: string) => (a.startsWith(ENTERPRISE_SCHEMA.toLowerCase()) ? ENTERPRISE_SCHEMA.toLowerCase() : a.split('.')[0]);
  if (attributes) {
    const keep = new Set(names(attributes).map(top));
    return Object.fromEntries(Object.entries(resource).filter(([k]) => k === 'id' || k === 'schemas' || keep.has(k.toLowerCase())));
  }
  if (excluded) {
    const drop = new Set(names(excluded).map(top));
    return Object.fromEntries(Object.entries(resource).filter(([k]) => k === 'id' || k === 'schemas' || !drop.has(k.toLowerCase())));
  }
  return resource;
}

export async function listUsers(
  ctx: AppContext,
  call: Call,
  query: { filter?: string; startIndex?: string; count?: string; attributes?: string; excludedAttributes?: string },
) {
  const orgId = call.caller.orgId;
  const startIndex = Math.max(1, intParam(query.startIndex, 'startIndex', 1));
  const count = Math.min(MAX_RESULTS, Math.max(0, intParam(query.count, 'count', MAX_RESULTS)));
  const today = await orgToday(ctx, orgId);
  const filter = query.filter ? filterToSql(parseFilter(query.filter), 2, today) : null;
  const { rows, total } = await repo.listUsers(ctx.db, orgId, today, filter, startIndex, count);
  const resources = rows.map((r) => project(toResource(r, call.base), query.attributes, query.excludedAttributes));
  return listResponse(resources, total, startIndex);
}

export async function getUser(ctx: AppContext, call: Call, id: string): Promise<Resource> {
  const today = await orgToday(ctx, call.caller.orgId);
  const row = await repo.getUser(ctx.db, call.caller.orgId, today, id);
  if (!row) throw scimNotFound('User');
  return toResource(row, call.base);
}

/** Whether an If-Match (or If-None-Match) header names the resource's current version. */
export function etagMatches(header: string, resource: Resource): boolean {
  const strip = (t: string) => t.trim().replace(/^W\//, '');
  const current = strip(etagOf(resource));
  return header.split(',').some((t) => t.trim() === '*' || strip(t) === current);
}

function checkIfMatch(ifMatch: string | undefined, resource: Resource) {
  if (ifMatch && !etagMatches(ifMatch, resource)) {
    throw new ScimError(412, `The user changed since you read it: its version is now ${etagOf(resource)}. Read it again.`);
  }
}

type Kind = 'create' | 'replace' | 'patch';

function withoutActive(resource: Resource): Resource {
  const { active: _computed, ...rest } = resource;
  return rest;
}

/** The end date active:false sets: today, or the start date if that is later; an earlier end date stays. */
function endingOn(today: string, end: string | null | undefined, start: string | null | undefined): string {
  if (end && end <= today) return end;
  return start && start > today ? start : today;
}

/** Database refusals a race can cause, as SCIM answers; a site created at the same moment is retried. */
async function retrying<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      const e = err as { code?: string; constraint?: string };
      if (e?.code !== '23505') throw err;
      if (e.constraint === 'sites_org_name' && attempt < 2) continue;
      const what =
        {
          people_user_name: 'userName',
          people_external_id: 'externalId',
          people_org_id_employee_number_key: 'employeeNumber',
          people_org_work_email: 'emails[type eq "work"].value',
        }[e.constraint ?? ''] ?? 'a unique attribute';
      throw uniqueness(`Another user already has this ${what}.`);
    }
  }
}

async function write(ctx: AppContext, call: Call, kind: Kind, body: unknown, id?: string, ifMatch?: string) {
  const orgId = call.caller.orgId;
  const actor = actorOf(call.caller);
  const today = await orgToday(ctx, orgId);
  const written = await retrying(() =>
    ctx.db.transaction(async (tx) => {
      let current: ScimRow | null = null;
      if (id !== undefined) {
        current = await repo.getUser(tx, orgId, today, id, true);
        if (!current) throw scimNotFound('User');
        checkIfMatch(ifMatch, toResource(current, call.base));
      }
      // A PATCH is applied without the computed active, so active is only what the PATCH itself says: a
      // person past an end date HR set shows inactive, and active:false must still end their access.
      const resource = kind === 'patch' ? applyPatch(withoutActive(toResource(current!, call.base)), body) : canonicalize(body);
      const input = fromResource(resource, kind === 'create' ? 'merge' : 'replace');
      const number = input.employeeNumber ?? current?.employee_number ?? (kind === 'create' ? (input.externalId ?? undefined) : undefined);
      if (!number) throw invalidValue(`"${EMPLOYEE_NUMBER}" is required (or an externalId to use as the employee number).`);

      const {
        people: rows,
        sites,
        unlinked,
      } = await repo.loadForWrite(tx, orgId, {
        ids: [id, input.managerId].filter((x): x is string => !!x),
        numbers: [number],
        emails: input.workEmail ? [input.workEmail] : [],
        userName: input.userName,
        externalId: input.externalId ?? null,
        site: input.site ?? null,
      });
      let target = current ? rows.find((r) => r.id === current.id) : rows.find((r) => r.employee_number === number);
      if (kind === 'create' && target && !target.deprovisioned_at && (target.user_name || target.external_id)) {
        throw uniqueness(`A user with employeeNumber "${number}" exists already (id ${target.id}).`);
      }
      const other = (pred: (r: repo.WriteRow) => boolean) => rows.find((r) => r.id !== target?.id && pred(r));
      if (other((r) => r.user_name?.toLowerCase() === input.userName.toLowerCase())) {
        throw uniqueness(`Another user has the userName "${input.userName}".`);
      }
      if (input.externalId && other((r) => r.external_id === input.externalId)) {
        throw uniqueness(`Another user has the externalId "${input.externalId}".`);
      }
      if (target && number !== target.employee_number) {
        if (other((r) => r.employee_number === number)) throw uniqueness(`Another user has the employeeNumber "${number}".`);
        await repo.renumber(tx, orgId, target.id, number);
        target = { ...target, employee_number: number };
        rows.splice(rows.indexOf(rows.find((r) => r.id === target!.id)!), 1, target);
      }

      let managerNumber: string | null | undefined = input.managerId === undefined ? undefined : null;
      let managerId: string | null = input.managerId === undefined ? (target?.manager_id ?? null) : null;
      if (input.managerId) {
        const m = rows.find((r) => r.id === input.managerId && !r.deprovisioned_at);
        if (!m) throw invalidValue(`"${ENTERPRISE_SCHEMA}:manager.value": no user with id "${input.managerId}".`);
        if (m.id === target?.id) throw invalidValue(`"${ENTERPRISE_SCHEMA}:manager.value": a user cannot be their own manager.`);
        managerNumber = m.employee_number;
        managerId = m.id;
      }
      const firstName = input.firstName ?? target?.first_name;
      const lastName = input.lastName ?? target?.last_name;
      if (!firstName) throw invalidValue('"name.givenName" is required.');
      if (!lastName) throw invalidValue('"name.familyName" is required.');

      // active: false ends the person (once); active: true undoes only what SCIM itself did.
      let endDate: string | null | undefined;
      let scimEndedOn = target?.deprovisioned_at ? null : (target?.scim_ended_on ?? null);
      let endAccess = false;
      if (input.active === false && !scimEndedOn) {
        if (target?.end_date && target.end_date < today) {
          // HR's past end date stays; SCIM's mark is today, so a later active:true never clears HR's date.
          scimEndedOn = today;
        } else {
          endDate = endingOn(today, target?.end_date, target?.start_date);
          scimEndedOn = endDate;
        }
        endAccess = !!target;
      } else if (input.active !== false && scimEndedOn) {
        if (input.active === true || kind === 'create') {
          if (target?.end_date === scimEndedOn) endDate = null;
          scimEndedOn = null;
        }
      } else if (input.active !== false && target?.deprovisioned_at && target.end_date) {
        // Provisioned again after a DELETE: the end date that DELETE set goes.
        if (target.scim_ended_on === target.end_date) endDate = null;
      }

      const record: PersonRecord = {
        employeeNumber: number,
        firstName,
        lastName,
        workEmail: input.workEmail,
        personalEmail: input.personalEmail,
        language: input.language,
        jobTitle: input.jobTitle,
        department: input.department,
        site: input.site,
        managerNumber,
        endDate,
        externalId: input.externalId === undefined ? (target?.external_id ?? null) : input.externalId,
        userName: input.userName,
        scimEndedOn,
        deprovisionedAt: null,
      };
      const present = new Set<PersonField>(['employee_number', 'first_name', 'last_name']);
      const fields: [PersonField, unknown][] = [
        ['work_email', record.workEmail],
        ['personal_email', record.personalEmail],
        ['language', record.language],
        ['job_title', record.jobTitle],
        ['department', record.department],
        ['site', record.site],
        ['manager', record.managerNumber],
        ['end_date', record.endDate],
      ];
      for (const [f, v] of fields) if (v !== undefined) present.add(f);

      const problems = crossCheckPeople([record], [1], rows, new Set([number]), present, (f) => f);
      for (const p of problems) {
        if (p.code === 'csv-email-taken') throw uniqueness(`"emails[type eq "work"].value": ${p.message}`);
        throw invalidValue(p.message);
      }
      const accessEnded = endAccess && target ? await repo.endAccess(tx, orgId, target.id, ctx.clock.now()) : 0;
      const plan = planPeople({ records: [record], present, identity: true, sites }, rows);
      const now = ctx.clock.now();
      const ids = await applyPeople(tx, ctx.clock, actor, plan, {
        now,
        linkUsers: unlinked,
        action: `scim.users.${kind}`,
        targetType: 'person',
        targetId: (written) => written.get(number) ?? target?.id,
        details: {
          employeeNumber: number,
          userName: input.userName,
          ...(kind === 'create' && target ? { linked: true } : {}),
          ...(input.active !== undefined ? { active: input.active } : {}),
          ...(accessEnded ? { accessEnded } : {}),
        },
      });
      // The answer is what was written, built here rather than read back (one statement less per request).
      const wrote = plan.toCreate.length + plan.toUpdate.length > 0;
      const pick = <T>(given: T | undefined, stored: T | null | undefined): T | null => (given !== undefined ? given : (stored ?? null));
      const end = pick(record.endDate, target?.end_date);
      const row: ScimRow = {
        id: ids.get(number) ?? target!.id,
        external_id: record.externalId ?? null,
        user_name: record.userName ?? null,
        employee_number: number,
        first_name: firstName,
        last_name: lastName,
        work_email: pick(record.workEmail, target?.work_email),
        personal_email: pick(record.personalEmail, target?.personal_email),
        language: pick(record.language, target?.language),
        department: pick(record.department, target?.department),
        job_title: pick(record.jobTitle, target?.job_title),
        site_name: record.site === undefined ? (target?.site_name ?? null) : record.site ? (sites[0]?.name ?? record.site) : null,
        manager_id: managerId,
        created_at: target?.created_at ?? now,
        updated_at: wrote || !target ? now : target.updated_at,
        active: !scimEndedOn && (!end || end >= today),
      };
      return row;
    }),
  );
  return toResource(written, call.base);
}

export const createUser = (ctx: AppContext, call: Call, body: unknown) => write(ctx, call, 'create', body);
export const replaceUser = (ctx: AppContext, call: Call, id: string, body: unknown, ifMatch?: string) =>
  write(ctx, call, 'replace', body, id, ifMatch);
export const patchUser = (ctx: AppContext, call: Call, id: string, body: unknown, ifMatch?: string) =>
  write(ctx, call, 'patch', body, id, ifMatch);

/** SCIM DELETE: what active:false does, and the person leaves SCIM (404 from now on); history stays. */
export async function deleteUser(ctx: AppContext, call: Call, id: string, ifMatch?: string): Promise<void> {
  const orgId = call.caller.orgId;
  const today = await orgToday(ctx, orgId);
  await ctx.db.transaction(async (tx) => {
    const current = await repo.getUser(tx, orgId, today, id, true);
    if (!current) throw scimNotFound('User');
    checkIfMatch(ifMatch, toResource(current, call.base));
    const { people: rows } = await repo.loadForWrite(tx, orgId, {
      ids: [id],
      numbers: [],
      emails: [],
      userName: null,
      externalId: null,
      site: null,
    });
    const target = rows.find((r) => r.id === id)!;
    const endDate = target.scim_ended_on ? (target.end_date ?? target.scim_ended_on) : endingOn(today, target.end_date, target.start_date);
    const record: PersonRecord = {
      employeeNumber: target.employee_number,
      firstName: target.first_name,
      lastName: target.last_name,
      endDate,
      externalId: null,
      userName: null,
      scimEndedOn: target.scim_ended_on ?? endDate,
      deprovisionedAt: ctx.clock.now(),
    };
    const accessEnded = await repo.endAccess(tx, orgId, id, ctx.clock.now());
    const plan = planPeople(
      { records: [record], present: new Set(['employee_number', 'first_name', 'last_name', 'end_date']), identity: true },
      rows,
    );
    await applyPeople(tx, ctx.clock, actorOf(call.caller), plan, {
      action: 'scim.users.delete',
      targetType: 'person',
      targetId: id,
      details: { employeeNumber: target.employee_number, userName: target.user_name, accessEnded },
    });
  });
}
