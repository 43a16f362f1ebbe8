import { describe, expect, it } from "vitest";
import {
  assertContentMatchesType,
  cleanFileName,
  sniffedContentType,
  uploadedFile,
} from "../../src/domain/files";
import { expectRefusal } from "./refusal-helpers";

const text = (value: string) => new TextEncoder().encode(value);

describe("file content", () => {
  it.each([
    ["application/pdf", text("%PDF-1.7\n")],
    [
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      new Uint8Array([0x50, 0x4b, 3, 4, 20]),
    ],
    ["application/msword", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])],
    ["image/jpeg", new Uint8Array([0xff, 0xd8, 0xff, 0xe0])],
    ["image/png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ["image/tiff", new Uint8Array([0x49, 0x49, 0x2a, 0])],
    ["image/tiff", new Uint8Array([0x4d, 0x4d, 0, 0x2a])],
  ])("recognizes %s by its first bytes", (type, head) => {
    expect(sniffedContentType(head)).toBe(type);
    expect(() => assertContentMatchesType(type, head)).not.toThrow();
  });

  it.each([
    ["a page declared as a PDF", "application/pdf", text("<!doctype html><script>alert(1)</script>")],
    ["an SVG declared as a PNG", "image/png", text('<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>')],
    ["a script declared as a Word file", "application/msword", text("function f() {}")],
    ["a PDF declared as a JPEG", "image/jpeg", text("%PDF-1.4")],
    ["nothing at all", "application/pdf", new Uint8Array([])],
  ])("refuses %s", (_name, type, head) => {
    expectRefusal(() => assertContentMatchesType(type, head), "FILE_TYPE_MISMATCH");
  });
});

describe("file names", () => {
  it("removes direction overrides, isolates, marks and control characters", () => {
    expect(cleanFileName("hóa đơn\u202efdp.exe")).toBe("hóa đơnfdp.exe");
    expect(cleanFileName("\u2066biên bản\u2069\u200f.pdf")).toBe("biên bản.pdf");
    expect(cleanFileName("a\u0000b\u0007c\r\n.pdf")).toBe("abc.pdf");
  });

  it("keeps Vietnamese (in NFC) and refuses to keep path separators or an empty name", () => {
    expect(cleanFileName("Nghi\u0323 quyê\u0301t.pdf")).toBe("Nghị quyết.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe(".._.._etc_passwd");
    expect(cleanFileName(" \u202e ")).toBe("file");
  });
});

describe("uploads", () => {
  it("takes a file of a multipart upload and refuses anything else in its place", () => {
    const file = new File(["%PDF"], "a.pdf", { type: "application/pdf" });
    expect(uploadedFile(file)).toBe(file);
    for (const value of ["a.pdf", null, { name: "a.pdf" }]) {
      expect(expectRefusal(() => uploadedFile(value), "INVALID_FILE").field).toEqual(["file"]);
    }
  });
});
