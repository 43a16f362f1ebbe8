import { refuse, type Text } from "./refusal";

/**
 * Folds Vietnamese text for search and sorting: removes tone and vowel marks, maps đ/Đ to d
 * (đ is a letter of its own, which Unicode decomposition leaves alone), lower-cases and collapses spaces.
 * "Đảng ủy Khối" and "dang uy khoi" fold to the same text.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Search input split into folded words; every word must occur for a match. */
export function searchWords(query: string, maxWords = 8): string[] {
  return foldVietnamese(query)
    .split(" ")
    .filter((word) => word.length > 0)
    .slice(0, maxWords);
}

/** Vietnamese lists sort people by given name (the last word), then by the whole name. */
export function personSortKey(fullName: string): string {
  const folded = foldVietnamese(fullName);
  const givenName = folded.split(" ").at(-1) ?? folded;
  return `${givenName} ${folded}`;
}

/** Names are typed by people: trim, collapse inner spaces, and use the composed Unicode form. */
export function normalizeName(name: string): string {
  return name.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** Text a person must give (a title, a motion, a name): trimmed, refused when nothing is left. */
export function requiredText(
  text: string,
  refusal: { code: string; message: Text },
  field: string[],
): string {
  const trimmed = text.trim();
  if (!trimmed) refuse(refusal.code, refusal.message, field);
  return trimmed;
}
