import { Kind, type ValueNode } from "graphql";
import { localizedError } from "../../auth/errors";
import { builder } from "../../builder";
import {
  instantInVietnam,
  isIsoDate,
  isIsoMonth,
  isoFormOfWrittenDate,
  isPartialDate,
} from "../../domain/dates";
import type { Text } from "../../domain/refusal";

/**
 * A scalar written as text. `read` gives the stored form, or null when the text is not one; a refusal names the
 * form to use and, for a date written the Vietnamese way (05/12/2026), that date in the form.
 */
function stringScalar(
  name: "Date" | "Month" | "PartialDate" | "DateTime",
  description: string,
  form: Text,
  read: (value: string) => string | null,
) {
  const parse = (value: unknown): string => {
    const stored = typeof value === "string" ? read(value) : null;
    if (stored === null) {
      const shown = JSON.stringify(value)?.slice(0, 60) ?? String(value);
      const hint = typeof value === "string" ? isoFormOfWrittenDate(value) : null;
      throw localizedError(
        {
          vi: `${shown} không phải ${name} hợp lệ: viết theo dạng ${form.vi}${hint ? `, ở đây là ${hint}` : ""}.`,
          en: `${shown} is not a valid ${name}: write it as ${form.en}${hint ? `, here ${hint}` : ""}.`,
        },
        { extensions: { code: "INVALID_DATE" } },
      );
    }
    return stored;
  };
  builder.scalarType(name, {
    description,
    serialize: (value) => value as string,
    parseValue: parse,
    parseLiteral: (node: ValueNode) => parse(node.kind === Kind.STRING ? node.value : undefined),
  });
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const when = (isValid: (value: string) => boolean) => (value: string) => (isValid(value) ? value : null);

stringScalar(
  "Date",
  "A calendar date, YYYY-MM-DD (the calendar of Asia/Ho_Chi_Minh).",
  { vi: "YYYY-MM-DD", en: "YYYY-MM-DD" },
  when(isIsoDate),
);
stringScalar(
  "Month",
  "A calendar month, YYYY-MM (the month dues are owed and paid for).",
  { vi: "YYYY-MM", en: "YYYY-MM" },
  when(isIsoMonth),
);
stringScalar(
  "PartialDate",
  "A date known to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD (ISO 8601 reduced precision), for historical facts whose sources give no exact day.",
  { vi: "YYYY, YYYY-MM hoặc YYYY-MM-DD", en: "YYYY, YYYY-MM or YYYY-MM-DD" },
  when(isPartialDate),
);
stringScalar(
  "DateTime",
  "An instant, ISO 8601 (e.g. 2017-12-23T08:00:00+07:00); written without an offset (2017-12-23T08:00) it is read " +
    "in Asia/Ho_Chi_Minh.",
  {
    vi: "YYYY-MM-DDTHH:MM (giờ Việt Nam) hoặc YYYY-MM-DDTHH:MM:SS+07:00",
    en: "YYYY-MM-DDTHH:MM (Vietnam's time) or YYYY-MM-DDTHH:MM:SS+07:00",
  },
  (value) => {
    const instant = instantInVietnam(value);
    return ISO_DATE_TIME.test(instant) && !Number.isNaN(Date.parse(instant)) ? instant : null;
  },
);

/**
 * Money: whole đồng, exact to 2^53 − 1 as a JSON number (a province's year of dues passes a 32-bit Int). A fraction,
 * a string or anything else is refused, never rounded.
 */
const parseDong = (value: unknown): number => {
  if (typeof value === "number" && Number.isSafeInteger(value)) return value;
  const shown = JSON.stringify(value)?.slice(0, 60) ?? String(value);
  throw localizedError(
    {
      vi: `${shown} không phải số đồng nguyên (Dong): tiền tính bằng đồng, không có phần lẻ.`,
      en: `${shown} is not a whole number of đồng (Dong): money is whole đồng, without fractions.`,
    },
    { extensions: { code: "INVALID_AMOUNT" } },
  );
};
builder.scalarType("Dong", {
  description: "An amount of money in whole đồng (VND), a JSON number, exact to 9,007,199,254,740,991.",
  serialize: (value) => value as number,
  parseValue: parseDong,
  parseLiteral: (node: ValueNode) =>
    parseDong(
      node.kind === Kind.INT ? Number(node.value) : node.kind === Kind.FLOAT ? Number(node.value) : undefined,
    ),
});
