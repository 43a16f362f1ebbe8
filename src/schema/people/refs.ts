import { builder } from "../../builder";
import {
  type MembershipRow,
  membershipsByIds,
  type PersonRow,
  type RoleRow,
  rolesById,
} from "../../db/people";
import { referenceFields } from "../common/fields";

export const PersonRef = builder.objectRef<PersonRow>("Person");

/** A row's person, by its id. */
export const personReference = referenceFields(PersonRef, "person");

export const MembershipRef = builder.loadableNodeRef<MembershipRow>("Membership", {
  id: { resolve: (membership) => membership.id },
  load: (ids: string[], context) => membershipsByIds(context.db, ids),
  sort: (membership) => membership.id,
});

export const RoleRef = builder.loadableNodeRef<RoleRow>("Role", {
  id: { resolve: (role) => role.id },
  load: (ids: string[], context) => rolesById(context.db, ids),
  sort: (role) => role.id,
});
