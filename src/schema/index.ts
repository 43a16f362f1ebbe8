import { builder } from "../builder";
import "./common/scalars";
import "./cells/types";
import "./cells/queries";
import "./cells/mutations";
import "./people/types";
import "./people/queries";
import "./people/mutations";
import "./people/import";
import "./documents/types";
import "./documents/queries";
import "./documents/mutations";
import "./meetings/types";
import "./meetings/queries";
import "./meetings/mutations";
import "./meetings/calendar-feeds";
import "./ratings/types";
import "./ratings/member-ratings";
import "./ratings/organization-ratings";
import "./ratings/mutations";
import "./ratings/report";
import "./audit/queries";
import "./grants/types";
import "./grants/queries";
import "./grants/mutations";
import "./tenants/queries";

/** Built once per isolate, at module load. */
export const schema = builder.toSchema({ sortSchema: true });
