import { type DuesEntryRow, duesEntriesByIds } from "../../db/dues";
import { DUES_CATEGORY_LABELS } from "../../domain/dues";
import { REMITTANCE_PERIOD_LABELS } from "../../domain/dues-ledger";
import { loadableReferenceFields } from "../common/fields";
import { labelledEnum } from "../common/labels";
import { loadableNode } from "../common/nodes";

/** Party dues: the enums and the node other areas may name. */

export const DuesCategoryEnum = labelledEnum(
  "DuesCategory",
  "How a member's monthly dues are set: a share of an income (salary on which social insurance is paid, pension, " +
    "sickness or maternity benefit), a fixed amount (students), or the committee's amount.",
  DUES_CATEGORY_LABELS,
);

export const RemittancePeriodEnum = labelledEnum(
  "DuesRemittancePeriod",
  "How often a cell remits dues to the level above.",
  REMITTANCE_PERIOD_LABELS,
);

export const DuesEntryRef = loadableNode<DuesEntryRow>("DuesEntry", duesEntriesByIds);
export const duesEntryReference = loadableReferenceFields(DuesEntryRef);
