/**
 * graphql-js and Yoga write their parse and validation errors in English. Their messages follow fixed templates;
 * each template Chibo's users meet is said again in Vietnamese, its quoted names kept as they are. A message no
 * template knows stays in English (its `code` still says what happened).
 */
/** Where the version a write needs comes from. */
const VERSION_HINT =
  " Gửi trường version của đối tượng vừa đọc (ví dụ node(id: …) { … on Meeting { version } }).";

const TEMPLATES: readonly [RegExp, (...parts: string[]) => string][] = [
  [
    /^Cannot query field "([^"]+)" on type "([^"]+)"\.(?: Did you mean (.+)\?)?$/,
    (field, type, guess) => `Kiểu "${type}" không có trường "${field}".${suggestion(guess)}`,
  ],
  [
    /^Field "([^"]+)" is not defined by type "([^"]+)"\.(?: Did you mean (.+)\?)?$/,
    (field, type, guess) => `Kiểu "${type}" không có trường "${field}".${suggestion(guess)}`,
  ],
  [
    /^Unknown argument "([^"]+)" on field "([^"]+)"\.(?: Did you mean (.+)\?)?$/,
    (argument, field, guess) => `Trường "${field}" không có tham số "${argument}".${suggestion(guess)}`,
  ],
  [
    /^Field "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required, but it was not provided\.$/,
    (field, argument, type) => `Trường "${field}" thiếu tham số bắt buộc "${argument}" (kiểu "${type}").`,
  ],
  [
    /^Field "([^"]+)" of required type "([^"]+)" was not provided\.$/,
    (field, type) =>
      `Thiếu trường bắt buộc "${field}" (kiểu "${type}").${field === "expectedVersion" ? VERSION_HINT : ""}`,
  ],
  [
    /^Variable "([^"]+)" of required type "([^"]+)" was not provided\.$/,
    (variable, type) => `Chưa gửi biến bắt buộc "${variable}" (kiểu "${type}").`,
  ],
  [
    /^Variable "([^"]+)" got invalid value (.+?); (.+)$/,
    (variable, value, reason) =>
      `Biến "${variable}" có giá trị không hợp lệ ${value}; ${translated(reason) ?? reason}`,
  ],
  [
    /^Variable "([^"]+)" is not defined(?: by operation "([^"]+)")?\.$/,
    (variable) => `Biến "${variable}" chưa được khai báo trong thao tác.`,
  ],
  [
    /^Variable "([^"]+)" is never used(?: in operation "([^"]+)")?\.$/,
    (variable) => `Biến "${variable}" được khai báo nhưng không dùng.`,
  ],
  [
    /^Unknown type "([^"]+)"\.(?: Did you mean (.+)\?)?$/,
    (type, guess) => `Không có kiểu "${type}".${suggestion(guess)}`,
  ],
  [
    /^Field "([^"]+)" must not have a selection since type "([^"]+)" has no subfields\.$/,
    (field, type) => `Trường "${field}" (kiểu "${type}") không có trường con; bỏ phần { … } sau nó.`,
  ],
  [
    /^Field "([^"]+)" of type "([^"]+)" must have a selection of subfields\. Did you mean "([^"]+)"\?$/,
    (field, type, example) =>
      `Trường "${field}" (kiểu "${type}") cần chọn các trường con, ví dụ "${example}".`,
  ],
  [
    /^Expected value of type "([^"]+)", found (.+?)(?:; (.+))?$/,
    (type, value, reason) =>
      `Cần giá trị kiểu "${type}", nhận được ${value}${reason ? `; ${translated(reason) ?? reason}` : "."}`,
  ],
  [/^Int cannot represent non-integer value: (.+)$/, (value) => `Giá trị không phải số nguyên: ${value}`],
  [/^String cannot represent a non string value: (.+)$/, (value) => `Giá trị không phải chuỗi: ${value}`],
  [
    /^Boolean cannot represent a non boolean value: (.+)$/,
    (value) => `Giá trị không phải đúng/sai: ${value}`,
  ],
  [
    /^Value "([^"]+)" does not exist in "([^"]+)" enum\.(?: Did you mean (.+)\?)?$/,
    (value, type, guess) => `"${value}" không phải một giá trị của "${type}".${suggestion(guess)}`,
  ],
  [/^Syntax Error: (.+)$/, (detail) => `Lỗi cú pháp GraphQL: ${detail}`],
  [/^Unknown operation named "([^"]+)"\.$/, (name) => `Không có thao tác tên "${name}" trong tài liệu.`],
  [
    /^Must provide operation name if query contains multiple operations\.$/,
    () => "Tài liệu có nhiều thao tác: hãy nêu operationName.",
  ],
  [/^Must provide query string\.$/, () => "Chưa có câu truy vấn (query)."],
  [/^Unknown fragment "([^"]+)"\.$/, (name) => `Không có fragment "${name}".`],
  [/^Fragment "([^"]+)" is never used\.$/, (name) => `Fragment "${name}" được khai báo nhưng không dùng.`],
];

/** graphql-js's “Did you mean "a", "b", or the enum value "c"?”, its names kept. */
function suggestion(guess: string | undefined): string {
  if (!guess) return "";
  const names = guess.replace(/the (enum|input field) values? /g, "").replace(/,? or /g, " hoặc ");
  return ` Có phải đồng chí muốn viết ${names}?`;
}

/** The Vietnamese of a graphql-js or Yoga message, or null when no template knows it. */
export function translated(message: string): string | null {
  for (const [pattern, vietnamese] of TEMPLATES) {
    const parts = pattern.exec(message);
    if (parts) return vietnamese(...parts.slice(1).map((part) => part ?? ""));
  }
  return null;
}
