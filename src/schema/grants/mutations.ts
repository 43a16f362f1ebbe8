import type { Context } from "../../context";
import { isUniqueViolation, newId } from "../../db/database";
import {
  guardPrincipalPerson,
  insertGrant,
  personOfPrincipal,
  revokeGrantStatement,
  setGrantExpiryStatement,
} from "../../db/grants";
import {
  assertExpiryAhead,
  assertGrantPlacement,
  assertNotRevoked,
  assertSamePerson,
  refuseDuplicateGrant,
  validPrincipal,
} from "../../domain/grants";
import { refuse } from "../../domain/refusal";
import { assertExpectedVersion } from "../../domain/versions";
import { CellRef } from "../cells/refs";
import { defineMutation } from "../common/mutations";
import { cellOrRefuse } from "../common/references";
import { PersonRef } from "../people/refs";
import { GrantRef, GrantRoleEnum } from "./types";

function actorOf(context: Context): string | null {
  return context.viewer?.principal ?? context.viewer?.personId ?? null;
}

async function loadGrant(context: Context, id: string) {
  context.loaders.grant.clear(id);
  const grant = await context.loaders.grant.load(id);
  if (!grant)
    refuse("NOT_FOUND", { vi: "Không có quyền nào có ID này.", en: "No grant has this ID." }, ["id"]);
  return grant;
}

defineMutation("grantRole", {
  description:
    "Gives a principal a role on an organization (or ADMIN over everything), effective from its next request.",
  inputFields: (t) => ({
    principal: t.string({
      required: true,
      description: "An e-mail (Cloudflare Access) or a token subject; e-mails are compared without case.",
    }),
    role: t.field({ type: GrantRoleEnum, required: true, description: "The role." }),
    cellId: t.globalID({ for: CellRef, description: "The organization; omit for ADMIN." }),
    personId: t.globalID({ for: PersonRef, description: "The party member the principal is, if any." }),
    expiresOn: t.field({
      type: "Date",
      description: "The day it ends (it works until the day before); omit for no end.",
    }),
  }),
  output: { field: "grant", type: GrantRef, description: "The new grant." },
  authorize: () => ({ admin: true }),
  run: async (input, context) => {
    const principal = validPrincipal(input.principal);
    const cellId = input.cellId?.id ?? null;
    assertGrantPlacement(input.role, cellId);
    assertExpiryAhead(input.expiresOn ?? null, context.today);
    if (cellId) await cellOrRefuse(context, cellId, "cellId");
    const personId = input.personId?.id ?? null;
    if (personId && !(await context.loaders.person.load(personId))) {
      refuse("NOT_FOUND", { vi: "Không có người nào có ID này.", en: "No person has this ID." }, [
        "personId",
      ]);
    }
    assertSamePerson(await personOfPrincipal(context.db, principal), personId);
    const id = newId();
    try {
      await context.db.write([
        guardPrincipalPerson(context.db, principal, personId),
        insertGrant(context.db, {
          id,
          principal,
          person_id: personId,
          role: input.role,
          cell_id: cellId,
          granted_by: actorOf(context),
          expires_on: input.expiresOn ?? null,
        }),
      ]);
    } catch (error) {
      if (isUniqueViolation(error)) refuseDuplicateGrant();
      throw error;
    }
    return loadGrant(context, id);
  },
});

defineMutation("revokeGrant", {
  description:
    "Ends a grant, effective from the principal's next request; the grant stays listed as revoked.",
  inputFields: (t) => ({
    id: t.globalID({ for: GrantRef, required: true, description: "The grant." }),
  }),
  output: { field: "grant", type: GrantRef, description: "The revoked grant." },
  authorize: () => ({ admin: true }),
  run: async (input, context) => {
    const grant = await loadGrant(context, input.id.id);
    assertNotRevoked(grant.revoked_at);
    await context.db.write([
      context.db.guardVersion("grants", grant.id, grant.version),
      revokeGrantStatement(context.db, grant.id, actorOf(context)),
    ]);
    return loadGrant(context, grant.id);
  },
});

defineMutation("setGrantExpiry", {
  description:
    "Sets or moves the day a grant ends (a renewed term of office), or removes it; the cell is reminded " +
    "30 days before.",
  inputFields: (t) => ({
    id: t.globalID({ for: GrantRef, required: true, description: "The grant." }),
    expiresOn: t.field({
      type: "Date",
      description: "The new end day (after today); omit or null for no end.",
    }),
    expectedVersion: t.int({ required: true, description: "The version read; a newer one means CONFLICT." }),
  }),
  output: { field: "grant", type: GrantRef, description: "The grant with its new end." },
  authorize: () => ({ admin: true }),
  run: async (input, context) => {
    const grant = await loadGrant(context, input.id.id);
    assertNotRevoked(grant.revoked_at);
    assertExpiryAhead(input.expiresOn ?? null, context.today);
    assertExpectedVersion(grant, input.expectedVersion);
    await context.db.write([
      context.db.guardVersion("grants", grant.id, grant.version),
      setGrantExpiryStatement(context.db, grant.id, input.expiresOn ?? null),
    ]);
    return loadGrant(context, grant.id);
  },
});
