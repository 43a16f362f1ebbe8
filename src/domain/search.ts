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
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * Each character folded once per isolate: a text is folded a character at a time (so that marks land on the
 * original letters), and folding normalizes and runs four expressions — a page of excerpts did it for every
 * character of twenty bodies on each request. Texts are made of a few hundred distinct characters.
 */
const FOLDED_CHARACTERS = new Map<string, string>();
const FOLDED_CHARACTERS_MAX = 10_000;

function foldedCharacter(character: string): string {
  let folded = FOLDED_CHARACTERS.get(character);
  if (folded === undefined) {
    folded = foldVietnamese(character) || " ";
    if (FOLDED_CHARACTERS.size < FOLDED_CHARACTERS_MAX) FOLDED_CHARACTERS.set(character, folded);
  }
  return folded;
}

/**
 * A text folded a character at a time, as far as asked: `characters` are the original (composed) characters,
 * `offsets[i]` where character i's folding starts in `folded`. An excerpt of a long body folds only up to its window.
 */
class FoldedText {
  readonly characters: string[] = [];
  readonly offsets: number[] = [];
  folded = "";
  private readonly rest: Iterator<string>;
  private ended = false;

  constructor(text: string) {
    this.rest = text.normalize("NFC")[Symbol.iterator]();
  }

  /** Folds characters until `count` are folded or the text ends; whether the text goes on past them. */
  foldTo(count: number): boolean {
    while (!this.ended && this.characters.length < count) {
      const next = this.rest.next();
      if (next.done) {
        this.ended = true;
        break;
      }
      this.characters.push(next.value);
      this.offsets.push(this.folded.length);
      this.folded += foldedCharacter(next.value);
    }
    if (this.characters.length > count) return true;
    if (this.ended) return false;
    const next = this.rest.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    this.characters.push(next.value);
    this.offsets.push(this.folded.length);
    this.folded += foldedCharacter(next.value);
    return true;
  }

  get complete(): boolean {
    return this.ended;
  }

  /** The first character whose folding starts at or after `offset` (offsets ascend: a binary search). */
  indexAt(offset: number): number {
    let low = 0;
    let high = this.offsets.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.offsets[middle] ?? 0) >= offset) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}

/** Characters folded at a time while looking for the first match. */
const FOLDING_STEP = 512;

/**
 * A short excerpt of `text` around the first match of any search word, HTML-escaped, with the matches
 * wrapped in <mark>. Matching is on folded text, character by character, so marks land on the original
 * letters with their diacritics. The text is folded only as far as the first match and the excerpt after it.
 */
export function highlight(text: string, search: string, length = 160): string {
  const words = searchWords(search.replace(/["*^():{}+\-\\]/g, " "));
  const longestWord = Math.max(0, ...words.map((word) => word.length));
  const source = new FoldedText(text);
  const firstMatch = () => {
    let first = -1;
    for (const word of words) {
      const found = source.folded.indexOf(word);
      if (found !== -1 && (first === -1 || found < first)) first = found;
    }
    return first;
  };
  // A match is the first once no later folding can put one before it: one straddling the folded end would.
  let first = -1;
  for (let count = FOLDING_STEP; ; count += FOLDING_STEP) {
    source.foldTo(count);
    first = firstMatch();
    if (source.complete || (first !== -1 && first + longestWord <= source.folded.length)) break;
  }
  const firstCharacter = first === -1 ? 0 : source.indexAt(first);
  const windowStart = first === -1 ? 0 : Math.max(0, firstCharacter - Math.floor(length / 3));
  const goesOn = source.foldTo(windowStart + length + longestWord);
  const windowEnd = Math.min(source.characters.length, windowStart + length);
  const marked = new Array<boolean>(windowEnd - windowStart).fill(false);
  const windowFolded = source.offsets[windowStart] ?? source.folded.length;
  for (const word of words) {
    for (let from = Math.max(0, windowFolded - word.length + 1); ; ) {
      const found = source.folded.indexOf(word, from);
      if (found === -1) break;
      const start = source.indexAt(found);
      if (start >= windowEnd) break;
      const end = source.indexAt(found + word.length);
      for (let i = Math.max(start, windowStart); i < Math.min(end, windowEnd); i += 1) {
        marked[i - windowStart] = true;
      }
      from = found + word.length;
    }
  }
  let snippet = windowStart > 0 ? "…" : "";
  let open = false;
  for (let i = windowStart; i < windowEnd; i += 1) {
    const isMarked = marked[i - windowStart] === true;
    if (isMarked && !open) {
      snippet += "<mark>";
      open = true;
    } else if (!isMarked && open) {
      snippet += "</mark>";
      open = false;
    }
    snippet += escapeHtml(source.characters[i] ?? "");
  }
  if (open) snippet += "</mark>";
  if (goesOn || windowEnd < source.characters.length) snippet += "…";
  return snippet;
}
