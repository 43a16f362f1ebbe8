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

/**
 * The entry of a list of codes and Vietnamese labels that a written value names: its code in any case, or its label
 * ignoring case, diacritics and spacing (“Khá”, “hoan thanh tot nhiem vu”); a label's part after a comma names it
 * too, so “Hoàn thành tốt nhiệm vụ” finds 2017's “Đủ tư cách, hoàn thành tốt nhiệm vụ”.
 */
export function byCodeOrLabel<Entry extends { code: string; label: string }>(
  entries: readonly Entry[],
  written: string,
): Entry | undefined {
  const code = written.trim().toUpperCase();
  const words = wordsOf(written);
  return (
    entries.find((entry) => entry.code === code) ??
    entries.find((entry) => wordsOf(entry.label) === words) ??
    entries.find((entry) => wordsOf(entry.label.split(",").slice(1).join(" ")) === words)
  );
}

/** A text's folded words, without punctuation: “Trong sạch, vững mạnh” and “trong sach vung manh” are alike. */
function wordsOf(text: string): string {
  return foldVietnamese(text.replace(/[^\p{L}\p{N}\s]/gu, " "));
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
