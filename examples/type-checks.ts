/**
 * Compile-time checks (type-checked by npm run test:clients, never run): the generated types follow the
 * operations, not just the schema. Each line below must fail to type-check; if one stops failing, tsc reports
 * the unused @ts-expect-error.
 */
import type {
  CellPageQueryVariables,
  CommitteeSubtreeQuery,
  MemberProfileQuery,
  RateMembersInput,
} from "./generated/graphql";

type SubtreeCell = NonNullable<CommitteeSubtreeQuery["cell"]>;
type Profile = NonNullable<MemberProfileQuery["person"]>;

// @ts-expect-error `foundedOn` is in the schema, but CommitteeSubtree does not select it.
export type NotSelected = SubtreeCell["foundedOn"];

// @ts-expect-error `partyStatus` is an enum, not any string.
export const notAStatus: Profile["partyStatus"] = "MEMBER";

// @ts-expect-error CellPage needs $year.
export const missingVariable: CellPageQueryVariables = { cellId: "Q2VsbDox" };

// @ts-expect-error RatingStage is an enum: a misspelt value does not type-check.
export const misspeltStage: RateMembersInput["stage"] = "PROPOSED";
