import { GraphQLError, Kind, type ValueNode } from "graphql";
import { builder } from "../../builder";
import { isIsoDate, isPartialDate } from "../../domain/dates";

function stringScalar(
  name: "Date" | "PartialDate" | "DateTime",
  description: string,
  isValid: (v: string) => boolean,
) {
  const parse = (value: unknown): string => {
    if (typeof value !== "string" || !isValid(value)) {
      throw new GraphQLError(
        `${JSON.stringify(value)?.slice(0, 60)} is not a valid ${name}: ${description}`,
        {
          extensions: { code: "INVALID_DATE" },
        },
      );
    }
    return value;
  };
  builder.scalarType(name, {
    description,
    serialize: (value) => value as string,
    parseValue: parse,
    parseLiteral: (node: ValueNode) => parse(node.kind === Kind.STRING ? node.value : undefined),
  });
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

stringScalar("Date", "A calendar date, YYYY-MM-DD (the calendar of Asia/Ho_Chi_Minh).", isIsoDate);
stringScalar(
  "PartialDate",
  "A date known to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD (ISO 8601 reduced precision), for historical facts whose sources give no exact day.",
  isPartialDate,
);
stringScalar(
  "DateTime",
  "An instant, ISO 8601 with offset (e.g. 2017-12-23T08:00:00+07:00).",
  (value) => ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)),
);
