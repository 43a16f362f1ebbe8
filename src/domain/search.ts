import { foldVietnamese, searchWords } from "./text";

/**
 * An FTS5 MATCH expression from what a user typed: every folded word quoted (so quotes, `*`, NEAR,
 * parentheses are text, never syntax), all required; the last word is a prefix — the word being typed —, the others
 * whole words, which the index reads a page at a time (a prefix merges every word it begins first).
 */
export function ftsQuery(search: string): string | null {
  const words = ftsWords(search);
  return words.length > 0 ? words.join(" ") : null;
}

function ftsWords(search: string): string[] {
  const words = searchWords(search.replace(/["*^():{}+\-\\]/g, " "));
  return words.map((word, index) => `"${word.replace(/"/g, '""')}"${index === words.length - 1 ? "*" : ""}`);
}

/** A reader's reach, as the search index writes it (src/db/document-search.ts, SEARCH_REACH). */
function reachWord(prefix: "ri" | "ra" | "rd", id: string): string {
  return `"${prefix}${id.replace(/[-_]/g, "").toLowerCase().replace(/"/g, '""')}"`;
}

/**
 * The words of the search index's `reach` column that a reader's documents carry: issued documents of external
 * bodies; those issued in the subtree of each organization the reader reads, or above it on its line; drafts in the
 * subtree of each organization whose drafts the reader writes (the rule of `canReadDocument`, src/domain/documents).
 */
export function reachQuery(reader: { readPaths: readonly string[]; draftPaths: readonly string[] }): string {
  const idsOf = (path: string) => path.split("/").filter((id) => id.length > 0);
  const words = new Set(['"ropen"']);
  for (const path of reader.readPaths) {
    const ids = idsOf(path);
    const own = ids.at(-1);
    if (own) words.add(reachWord("ri", own));
    for (const id of ids) words.add(reachWord("ra", id));
  }
  for (const path of reader.draftPaths) {
    const own = idsOf(path).at(-1);
    if (own) words.add(reachWord("rd", own));
  }
  return `reach : (${[...words].join(" OR ")})`;
}

/**
 * A document search as FTS5 queries: every match (`all`), split in two tiers — those with a searched word in their
 * number or title (`titled`), listed first, and the others (`untitled`). A word of any length, one letter
 * included, is answered by the index (a last word of up to three letters by its prefix indexes). Null when nothing
 * searchable was typed.
 */
export function searchTiers(search: string): { all: string; titled: string; untitled: string } | null {
  const words = ftsWords(search);
  if (words.length === 0) return null;
  // Only the last word, a prefix, could begin a word of the reach column ("r…"): it alone is kept to the text.
  const last = words.length - 1;
  const all = words
    .map((word, index) => (index === last ? `{number title summary body} : ${word}` : word))
    .join(" ");
  const inTitle = `{number title} : (${words.join(" OR ")})`;
  return { all, titled: `${all} AND ${inTitle}`, untitled: `${all} NOT ${inTitle}` };
}

/**
 * How far a search counts its matches: past it, `totalCount` says "at least this many". Counting every match of a
 * common word would read a row per match — thousands for a page of twenty.
 */
export const SEARCH_COUNT_LIMIT = 200;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A short excerpt of `text` around the first match of any search word, HTML-escaped, with the matches
 * wrapped in <mark>. Matching is on folded text, character by character, so marks land on the original
 * letters with their diacritics.
 */
export function highlight(text: string, search: string, length = 160): string {
  const characters = Array.from(text.normalize("NFC"));
  const folded = characters.map((character) => foldVietnamese(character) || " ");
  const words = searchWords(search.replace(/["*^():{}+\-\\]/g, " "));
  const marked = new Array<boolean>(characters.length).fill(false);
  const foldedText = folded.join("");
  const offsets: number[] = [];
  let position = 0;
  for (const piece of folded) {
    offsets.push(position);
    position += piece.length;
  }
  // The first character whose folded text starts at or after `offset`. A binary search: offsets ascend, and a
  // linear scan per match made a long text with many matches quadratic (seconds of CPU for 100 KB).
  const indexAt = (offset: number) => {
    let low = 0;
    let high = offsets.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((offsets[middle] ?? 0) >= offset) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  let first = -1;
  for (const word of words) {
    let from = 0;
    for (;;) {
      const found = foldedText.indexOf(word, from);
      if (found === -1) break;
      const start = indexAt(found);
      const end = indexAt(found + word.length);
      for (let i = start; i < end; i += 1) marked[i] = true;
      if (first === -1 || start < first) first = start;
      from = found + word.length;
    }
  }
  const windowStart = first === -1 ? 0 : Math.max(0, first - Math.floor(length / 3));
  const windowEnd = Math.min(characters.length, windowStart + length);
  let snippet = windowStart > 0 ? "…" : "";
  let open = false;
  for (let i = windowStart; i < windowEnd; i += 1) {
    if (marked[i] && !open) {
      snippet += "<mark>";
      open = true;
    } else if (!marked[i] && open) {
      snippet += "</mark>";
      open = false;
    }
    snippet += escapeHtml(characters[i] ?? "");
  }
  if (open) snippet += "</mark>";
  if (windowEnd < characters.length) snippet += "…";
  return snippet;
}
