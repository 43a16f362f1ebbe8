import { type GrantRow, grantsByIds } from "../../db/grants";
import { GRANT_ROLE_LABELS } from "../../domain/grants";
import { cellReference } from "../cells/refs";
import { labelledEnum, labelledFields } from "../common/labels";
import { loadableNode } from "../common/nodes";
import { personReference } from "../people/refs";

export const GrantRoleEnum = labelledEnum(
  "GrantRole",
  "What a grant lets its holder do on an organization's subtree.",
  GRANT_ROLE_LABELS,
);

export const GrantRef = loadableNode<GrantRow>("Grant", grantsByIds);

GrantRef.implement({
  description:
    "A role on an organization for a principal (a Cloudflare Access user's e-mail or a token's subject), managed by " +
    "admins. Tokens without a grants claim get the principal's active grants.",
  runScopesOnType: true,
  authScopes: { admin: true },
  fields: (t) => ({
    principal: t.exposeString("principal", { description: "Who: an e-mail (Access) or a token subject." }),
    person: personReference.optional(
      t,
      "The party member the principal is, when linked.",
      (grant) => grant.person_id,
    ),
    ...labelledFields(t, "role", GrantRoleEnum, "The role.", (grant) => grant.role),
    cell: cellReference.optional(
      t,
      "The organization whose subtree the role reaches; null for ADMIN (everything).",
      (grant) => grant.cell_id,
    ),
    grantedAt: t.expose("granted_at", { type: "DateTime", description: "When it was granted." }),
    grantedBy: t.exposeString("granted_by", { nullable: true, description: "The admin who granted it." }),
    revokedAt: t.expose("revoked_at", {
      type: "DateTime",
      nullable: true,
      description: "When it was revoked; null while active.",
    }),
    revokedBy: t.exposeString("revoked_by", { nullable: true, description: "The admin who revoked it." }),
    expiresOn: t.expose("expires_on", {
      type: "Date",
      nullable: true,
      description: "The day it ends (it works until the day before); null for no end.",
    }),
    version: t.exposeInt("version", { description: "Changes with every write (optimistic concurrency)." }),
  }),
});
