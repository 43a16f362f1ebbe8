import { describe, expect, it } from "vitest";
import { ftsQuery, highlight, reachQuery, searchTiers } from "../../src/domain/search";

/** Only quoted terms separated by single spaces, the last a prefix: nothing typed can act as FTS5 syntax. */
const ONLY_QUOTED_WORDS = /^("[^"]*" )*"[^"]*"\*$/;

describe("ftsQuery", () => {
  it("quotes every folded word, the last one (being typed) as a prefix", () => {
    expect(ftsQuery("sinh hoạt chi bộ")).toBe('"sinh" "hoat" "chi" "bo"*');
  });

  it("folds diacritics, đ and case, and collapses spaces", () => {
    expect(ftsQuery("  Đảng   ủy\tKhối ")).toBe('"dang" "uy" "khoi"*');
    expect(ftsQuery("Đảng ủy".normalize("NFD"))).toBe('"dang" "uy"*');
  });

  it("keeps at most eight words", () => {
    expect(ftsQuery("a b c d e f g h i j")).toBe('"a" "b" "c" "d" "e" "f" "g" "h"*');
  });

  it.each(["", "   ", '"', '""', "*", "((", "()", "^", "-", "{}", ":", "+", "\\", '"*^():{}+-\\'])(
    "has no query for %j, which holds no word",
    (input) => {
      expect(ftsQuery(input)).toBeNull();
    },
  );

  it.each([
    "NEAR(a b)",
    "a OR b",
    "a AND NOT b",
    "'; DROP TABLE documents; --",
    'chi "bộ',
    "bo*",
    "title:nghi",
    "^dang",
    "{title body}: x",
    "a + b - c",
    'x" OR "y',
    "\\d",
  ])("turns the hostile input %j into quoted words only", (input) => {
    const query = ftsQuery(input);
    expect(query).not.toBeNull();
    expect(query).toMatch(ONLY_QUOTED_WORDS);
  });

  it("makes operators and column filters plain words", () => {
    expect(ftsQuery("NEAR(a b)")).toBe('"near" "a" "b"*');
    expect(ftsQuery("a OR b")).toBe('"a" "or" "b"*');
    expect(ftsQuery("title:nghi")).toBe('"title" "nghi"*');
    expect(ftsQuery('x" OR "y')).toBe('"x" "or" "y"*');
  });

  it("keeps other punctuation inside the quotes", () => {
    expect(ftsQuery("'; DROP TABLE documents; --")).toBe('"\';" "drop" "table" "documents;"*');
    expect(ftsQuery("45-QĐ/ĐU")).toBe('"45" "qd/du"*');
  });
});

describe("highlight", () => {
  it("marks a match on the original letters, diacritics kept", () => {
    const snippet = highlight("Đảng bộ Khối các cơ quan", "dang");
    expect(snippet).toContain("<mark>Đảng</mark>");
    expect(snippet).toBe("<mark>Đảng</mark> bộ Khối các cơ quan");
  });

  it("marks every match of every word, typed with or without diacritics", () => {
    expect(highlight("Chi bộ sinh hoạt; chi ủy họp", "chi hoạt")).toBe(
      "<mark>Chi</mark> bộ sinh <mark>hoạt</mark>; <mark>chi</mark> ủy họp",
    );
    expect(highlight("Đảng ủy Khối", "ĐẢNG UY")).toBe("<mark>Đảng</mark> <mark>ủy</mark> Khối");
  });

  it("marks a prefix of a word, as the search matches prefixes", () => {
    expect(highlight("Nghị quyết số 45", "nghi quy")).toBe("<mark>Nghị</mark> <mark>quy</mark>ết số 45");
  });

  it("reads decomposed text and returns it composed", () => {
    expect(highlight("Đảng bộ".normalize("NFD"), "bo")).toBe("Đảng <mark>bộ</mark>");
  });

  it("escapes HTML in the text", () => {
    const snippet = highlight("Ghi chú <script>alert('x')</script> & \"hết\"", "ghi");
    expect(snippet).not.toContain("<script>");
    expect(snippet).not.toContain("</script>");
    expect(snippet).toContain("&#60;script&#62;");
    expect(snippet).toContain("&#38;");
    expect(snippet).toContain("&#34;hết&#34;");
    expect(snippet).toContain("&#39;x&#39;");
    expect(snippet.replace(/<\/?mark>/g, "")).not.toMatch(/[<>"']/);
  });

  it("escapes a matched tag as well", () => {
    const snippet = highlight("a <b>đậm</b> z", "b");
    expect(snippet).not.toContain("<b>");
    expect(snippet).toContain("&#60;<mark>b</mark>&#62;");
  });

  it("does not let the search inject markup", () => {
    const snippet = highlight("Chi bộ", "<img src=x onerror=alert(1)>");
    expect(snippet).toBe("Chi bộ");
  });

  it("shows a window around a match far into a long text, with ellipses at both cut ends", () => {
    const before = "a".repeat(300);
    const after = "b".repeat(300);
    const text = `${before} Nghị quyết ${after}`;
    const snippet = highlight(text, "nghi");
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet.endsWith("…")).toBe(true);
    expect(snippet).toContain("<mark>Nghị</mark> quyết");
    // The window of 160 characters starts 53 (a third) before the match: 52 a, a space, then the match.
    expect(snippet).toBe(`…${"a".repeat(52)} <mark>Nghị</mark> quyết ${"b".repeat(96)}…`);
  });

  it("puts no leading ellipsis when the window starts at the beginning", () => {
    const text = `Nghị quyết ${"b".repeat(400)}`;
    const snippet = highlight(text, "quyet");
    expect(snippet.startsWith("…")).toBe(false);
    expect(snippet.startsWith("Nghị <mark>quyết</mark>")).toBe(true);
    expect(snippet.endsWith("…")).toBe(true);
  });

  it("puts no trailing ellipsis when the window reaches the end", () => {
    const text = `${"a".repeat(400)} cuối cùng`;
    const snippet = highlight(text, "cung");
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet.endsWith("…")).toBe(false);
    expect(snippet.endsWith("cuối <mark>cùng</mark>")).toBe(true);
  });

  it("honours a custom length", () => {
    expect(highlight("một hai ba bốn năm", "ba", 6)).toBe("…i <mark>ba</mark> b…");
  });

  it("starts from the beginning without marks when nothing matches", () => {
    const text = `Chi bộ sinh hoạt ${"x".repeat(300)}`;
    const snippet = highlight(text, "nghị quyết");
    expect(snippet).not.toContain("<mark>");
    expect(snippet.startsWith("Chi bộ sinh hoạt")).toBe(true);
    expect(snippet).toBe(`${Array.from(text).slice(0, 160).join("")}…`);
  });

  it("returns a short text whole, without marks, for an empty search", () => {
    expect(highlight("Chi bộ Trung tâm", "")).toBe("Chi bộ Trung tâm");
    expect(highlight("Chi bộ Trung tâm", '"*()')).toBe("Chi bộ Trung tâm");
  });
});

describe("searchTiers", () => {
  it("splits a search into the matches with a word in the number or title and the others", () => {
    const all = '"chi" {number title summary body} : "bo"*';
    expect(searchTiers("Chi bộ")).toEqual({
      all,
      titled: `${all} AND {number title} : ("chi" OR "bo"*)`,
      untitled: `${all} NOT {number title} : ("chi" OR "bo"*)`,
    });
  });

  it("searches one-letter and two-letter words through the index, as prefixes", () => {
    expect(searchTiers("Đà ủy")?.all).toBe('"da" {number title summary body} : "uy"*');
    expect(searchTiers("ở")?.all).toBe('{number title summary body} : "o"*');
  });

  it("has nothing to search for in symbols alone", () => {
    expect(searchTiers('"*()')).toBeNull();
  });
});

describe("reachQuery", () => {
  it("asks for external bodies' documents, those issued on the reader's line, and drafts under their writers", () => {
    expect(reachQuery({ readPaths: ["/tinh-uy/huyen_1/chi-bo-a/"], draftPaths: ["/tinh-uy/huyen_1/"] })).toBe(
      'reach : ("ropen" OR "richiboa" OR "ratinhuy" OR "rahuyen1" OR "rachiboa" OR "rdhuyen1")',
    );
  });

  it("asks for external bodies' documents only, for a reader placed nowhere", () => {
    expect(reachQuery({ readPaths: [], draftPaths: [] })).toBe('reach : ("ropen")');
  });
});
