import { describe, expect, it } from "vitest";
import { translated } from "../../src/http/graphql-messages";

describe("graphql-js messages in Vietnamese", () => {
  it.each([
    [
      'Cannot query field "nmae" on type "Cell". Did you mean "name"?',
      'Kiểu "Cell" không có trường "nmae". Có phải đồng chí muốn viết "name"?',
    ],
    ['Unknown argument "frist" on field "Query.cells".', 'Trường "Query.cells" không có tham số "frist".'],
    [
      'Unknown type "Cel". Did you mean "Cell", "Term", or "Role"?',
      'Không có kiểu "Cel". Có phải đồng chí muốn viết "Cell", "Term" hoặc "Role"?',
    ],
    [
      'Field "cell" argument "id" of type "ID!" is required, but it was not provided.',
      'Trường "cell" thiếu tham số bắt buộc "id" (kiểu "ID!").',
    ],
    [
      'Field "title" of required type "String!" was not provided.',
      'Thiếu trường bắt buộc "title" (kiểu "String!").',
    ],
    [
      'Variable "$input" got invalid value "x" at "input.year"; Int cannot represent non-integer value: "x"',
      'Biến "$input" có giá trị không hợp lệ "x" at "input.year"; Giá trị không phải số nguyên: "x"',
    ],
    [
      'Value "GOOD_ENOUGH" does not exist in "MeetingKind" enum. Did you mean the enum value "REGULAR"?',
      '"GOOD_ENOUGH" không phải một giá trị của "MeetingKind". Có phải đồng chí muốn viết "REGULAR"?',
    ],
    [
      'Field "expectedVersion" of required type "Int!" was not provided.',
      'Thiếu trường bắt buộc "expectedVersion" (kiểu "Int!"). Gửi trường version của đối tượng vừa đọc (ví dụ node(id: …) { … on Meeting { version } }).',
    ],
    ["Syntax Error: Expected Name, found <EOF>.", "Lỗi cú pháp GraphQL: Expected Name, found <EOF>."],
    ["Must provide query string.", "Chưa có câu truy vấn (query)."],
  ])("%s", (english, vietnamese) => {
    expect(translated(english)).toBe(vietnamese);
  });

  it("leaves a message no template knows to its English", () => {
    expect(translated("Something unforeseen.")).toBeNull();
  });
});
