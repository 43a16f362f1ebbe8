import { builder } from "../../builder";
import {
  type MembershipRow,
  membershipsByIds,
  type PersonRow,
  type RoleRow,
  rolesById,
} from "../../db/people";
import { referenceFields } from "../common/fields";
import { loadableNode } from "../common/nodes";

export const PersonRef = builder.objectRef<PersonRow>("Person");

/** A row's person, by its id. */
export const personReference = referenceFields(PersonRef, "person");

export const MembershipRef = loadableNode<MembershipRow>("Membership", membershipsByIds);

export const RoleRef = loadableNode<RoleRow>("Role", rolesById);
