import { describe, expect, it } from "vitest";
import {
  byCodeOrLabel,
  foldVietnamese,
  normalizeName,
  personSortKey,
  requiredText,
  searchWords,
} from "../../src/domain/text";
import { expectRefusal } from "./refusal-helpers";

describe("foldVietnamese", () => {
  it("removes tone and vowel marks and lower-cases", () => {
    expect(foldVietnamese("Đảng ủy Khối các cơ quan tỉnh Vĩnh Phúc")).toBe(
      "dang uy khoi cac co quan tinh vinh phuc",
    );
    expect(foldVietnamese("VĨNH PHÚC")).toBe("vinh phuc");
    expect(foldVietnamese("Nguyễn Thị Thủy Ương")).toBe("nguyen thi thuy uong");
    expect(foldVietnamese("ơ ư ă â ê ô Ơ Ư Ă Â Ê Ô")).toBe("o u a a e o o u a a e o");
  });

  it("maps đ and Đ to d", () => {
    expect(foldVietnamese("Đồng Đậu đường")).toBe("dong dau duong");
    expect(foldVietnamese("đ")).toBe("d");
    expect(foldVietnamese("Đ")).toBe("d");
  });

  it("collapses and trims whitespace", () => {
    expect(foldVietnamese("  Chi   bộ\tTrung\n tâm  ")).toBe("chi bo trung tam");
  });

  it("folds composed and decomposed input alike", () => {
    const composed = "Hạnh Phúc".normalize("NFC");
    const decomposed = "Hạnh Phúc".normalize("NFD");
    expect(composed).not.toBe(decomposed);
    expect(foldVietnamese(composed)).toBe("hanh phuc");
    expect(foldVietnamese(decomposed)).toBe("hanh phuc");
  });

  it("leaves plain text lower-cased, digits and punctuation kept", () => {
    expect(foldVietnamese("PAA Vinh Phuc")).toBe("paa vinh phuc");
    expect(foldVietnamese("45-QĐ/ĐU")).toBe("45-qd/du");
    expect(foldVietnamese("")).toBe("");
  });
});

describe("searchWords", () => {
  it("splits a query into folded words", () => {
    expect(searchWords("  Chi bộ   Trung TÂM ")).toEqual(["chi", "bo", "trung", "tam"]);
    expect(searchWords("Đảng ỦY")).toEqual(["dang", "uy"]);
  });

  it("returns no word for an empty or blank query", () => {
    expect(searchWords("")).toEqual([]);
    expect(searchWords(" \t\n ")).toEqual([]);
  });

  it("keeps at most 8 words by default", () => {
    expect(searchWords("một hai ba bốn năm sáu bảy tám chín mười")).toEqual([
      "mot",
      "hai",
      "ba",
      "bon",
      "nam",
      "sau",
      "bay",
      "tam",
    ]);
  });

  it("keeps at most the given number of words", () => {
    expect(searchWords("paa vinh phuc", 2)).toEqual(["paa", "vinh"]);
    expect(searchWords("paa vinh phuc", 3)).toEqual(["paa", "vinh", "phuc"]);
  });
});

describe("personSortKey", () => {
  it("starts with the folded given name, then the whole folded name", () => {
    expect(personSortKey("Nguyễn Tiến Hạnh")).toBe("hanh nguyen tien hanh");
    expect(personSortKey("Nguyễn Tiến Hạnh").startsWith("hanh ")).toBe(true);
    expect(personSortKey("  Nguyễn   Tiến Hạnh ")).toBe("hanh nguyen tien hanh");
  });

  it("handles a one-word name", () => {
    expect(personSortKey("Đức")).toBe("duc duc");
  });

  it("sorts people by given name, then by full name", () => {
    const names = ["Trần Văn Bình", "Nguyễn Tiến Hạnh", "Trần Văn An", "Lê Thị An"];
    const sorted = [...names].sort((a, b) => (personSortKey(a) < personSortKey(b) ? -1 : 1));
    expect(sorted).toEqual(["Lê Thị An", "Trần Văn An", "Trần Văn Bình", "Nguyễn Tiến Hạnh"]);
  });
});

describe("normalizeName", () => {
  it("trims and collapses inner whitespace, keeping case and marks", () => {
    expect(normalizeName("  Chi   bộ\tTrung tâm \n")).toBe("Chi bộ Trung tâm");
    expect(normalizeName("Đảng ủy Khối")).toBe("Đảng ủy Khối");
  });

  it("uses the composed Unicode form", () => {
    const decomposed = "Nguyễn Tiến Hạnh".normalize("NFD");
    const result = normalizeName(decomposed);
    expect(result).toBe("Nguyễn Tiến Hạnh".normalize("NFC"));
    expect(result.length).toBeLessThan(decomposed.length);
  });

  it("turns a blank name into an empty string", () => {
    expect(normalizeName("   ")).toBe("");
  });
});

describe("requiredText", () => {
  it("trims what a person typed, and refuses nothing but spaces with the rule's code", () => {
    const rule = { code: "INVALID_TITLE", message: { vi: "Cần trích yếu.", en: "A title is needed." } };
    expect(requiredText("  Nghị quyết ", rule, ["title"])).toBe("Nghị quyết");
    expect(expectRefusal(() => requiredText(" \n ", rule, ["title"]), "INVALID_TITLE").message).toBe(
      "A title is needed.",
    );
  });
});

describe("byCodeOrLabel", () => {
  const grades = [
    { code: "GOOD", label: "Tốt" },
    { code: "FAIR", label: "Khá" },
    { code: "CLEAN_STRONG", label: "Trong sạch, vững mạnh" },
  ];

  it("finds an entry by its code in any case, or its label without diacritics or punctuation", () => {
    expect(byCodeOrLabel(grades, " fair ")?.code).toBe("FAIR");
    expect(byCodeOrLabel(grades, "KHÁ")?.code).toBe("FAIR");
    expect(byCodeOrLabel(grades, "trong sach vung manh")?.code).toBe("CLEAN_STRONG");
    expect(byCodeOrLabel(grades, "vững mạnh")?.code).toBe("CLEAN_STRONG");
  });

  it("finds nothing for a word that is only part of a label", () => {
    expect(byCodeOrLabel(grades, "trong sạch")).toBeUndefined();
    expect(byCodeOrLabel(grades, "Kh")).toBeUndefined();
  });
});
