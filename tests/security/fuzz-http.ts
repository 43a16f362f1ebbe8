/**
 * Hostility below and around the GraphQL operation: malformed and truncated JSON, wrong media types and methods,
 * huge bodies and lying lengths, deep, wide and cyclic documents, alias bombs, directive floods, batches,
 * multipart garbage, and hostile paths on the Worker's other routes (files, calendar, report, export).
 *
 * Every mutation here is one that cannot run (a parse or validation error) or names a document that does not
 * exist, so nothing any viewer sends may write.
 */
import { DEMO } from "../helpers";
import type { Random } from "./fuzz-random";
import type { FuzzRequest, Viewer } from "./fuzz-requests";
import { base64, existingId, hostileString, missingId } from "./fuzz-values";

const JSON_HEADERS = { "content-type": "application/json", accept: "application/graphql-response+json" };

function post(
  label: string,
  body: FuzzRequest["body"],
  headers: Record<string, string> = JSON_HEADERS,
): FuzzRequest {
  return { label, method: "POST", path: "/graphql", headers, body };
}

function postQuery(label: string, query: string, variables: Record<string, unknown> = {}): FuzzRequest {
  return post(label, JSON.stringify({ query, variables }));
}

const CELL_QUERY = "query ($id: ID!) { cell(id: $id) { name kind parent { name } } }";

/** Bodies that are not JSON, or JSON of the wrong shape for GraphQL over HTTP. */
function malformedBodies(random: Random): FuzzRequest[] {
  const valid = JSON.stringify({ query: CELL_QUERY, variables: { id: base64(`Cell:${DEMO.cell}`) } });
  const fixed = [
    "",
    " ",
    "{",
    "}",
    "{nope",
    "[",
    "]",
    "null",
    "0",
    "-1e999",
    '"{ cells { totalCount } }"',
    "true",
    "{}",
    '{"query":}',
    '{"query": 1}',
    '{"query": null}',
    '{"query": {}}',
    '{"query": []}',
    '{"query": "{ __typename }", "variables": "x"}',
    '{"query": "{ __typename }", "variables": "{\\"a\\": 1}"}',
    '{"query": "{ __typename }", "variables": []}',
    '{"query": "{ __typename }", "variables": 5}',
    '{"query": "{ __typename }", "operationName": 5}',
    '{"query": "{ __typename }", "operationName": {}}',
    '{"query": "{ __typename }", "extensions": "x"}',
    '{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "x"}}}',
    '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "\' OR 1=1 --"}}}',
    '{"extensions": {"persistedQuery": {"version": "x", "sha256Hash": null}}}',
    '{"documentId": "\' OR 1=1"}',
    '{"query": "{ __typename }", "query": "mutation { x }"}',
    '{"__proto__": {"query": "{ __typename }"}}',
    '{"constructor": {"prototype": {"query": "{ __typename }"}}, "query": "{ __typename }"}',
    '{"query": "{ __typename }"} trailing',
    '{"query": "{ __typename }"}{"query": "{ __typename }"}',
    '{"query": "\\ud800"}',
    '{"query": "{ __typename }", "variables": {"a": "\\u0000"}}',
    '\uFEFF{"query": "{ __typename }"}',
    '{"query": "{ __typename }"\u0000}',
    "{'query': '{ __typename }'}",
    '{"query": "{ __typename }", "variables": {"a": NaN}}',
    '{"query": "{ __typename }",}',
    `{"query": "{ __typename }", "variables": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`,
    `{"query": "{ __typename }", "variables": {"a": ${'{"a":'.repeat(60_000)}1${"}".repeat(60_000)}}}`,
    `{"query": "{ __typename }", "variables": {${Array.from({ length: 20_000 }, (_, index) => `"v${index}": ${index}`).join(",")}}}`,
  ];
  const requests = fixed.map((body) => post(`malformed body ${JSON.stringify(body.slice(0, 60))}`, body));
  for (let index = 0; index < 40; index += 1) {
    const cut = random.int(0, valid.length - 1);
    requests.push(post(`body cut at ${cut}`, valid.slice(0, cut)));
  }
  for (let index = 0; index < 30; index += 1) {
    const bytes = new Uint8Array(random.int(1, 4000)).map(() => random.int(0, 255));
    requests.push(post(`${bytes.byteLength} random bytes`, bytes));
  }
  const invalidUtf8 = [[0xc3], [0xff, 0xfe], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf]];
  for (const sequence of invalidUtf8) {
    const [head, tail] = ['{"query": "{ cells(filter: {search: \\"', '\\"}) { totalCount } }"}'];
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(head),
      ...sequence,
      ...new TextEncoder().encode(tail),
    ]);
    requests.push(
      post(`invalid UTF-8 ${sequence.map((byte) => byte.toString(16)).join(" ")} in a search`, bytes),
    );
  }
  return requests;
}

/**
 * Media types, methods, lengths and sizes around a valid operation; hostile Origin, tenant, bookmark and
 * Idempotency-Key headers (the keys on a mutation refused for a document that does not exist, which must claim
 * nothing).
 */
function transportHostility(random: Random, admin: Viewer): FuzzRequest[] {
  const body = JSON.stringify({ query: "{ cells { totalCount } }" });
  const requests: FuzzRequest[] = [];
  const mediaTypes = [
    undefined,
    "",
    "text/plain",
    "text/html",
    "application/x-www-form-urlencoded",
    "application/graphql",
    "application/json; charset=utf-16",
    "application/json; charset=latin1",
    "APPLICATION/JSON",
    "application/json ;charset=utf-8",
    "application/json;;;",
    "application/json; boundary=x",
    "application/jsonx",
    "application/graphql-response+json",
    "application/xml",
    "multipart/form-data",
    "multipart/form-data; boundary=x",
    "multipart/form-data; boundary=",
    "multipart/mixed; boundary=x",
    "*/*",
    "application/json, text/plain",
    `application/json; ${"x=y; ".repeat(500)}`,
  ];
  for (const mediaType of mediaTypes) {
    const headers: Record<string, string> = { accept: "application/graphql-response+json" };
    if (mediaType !== undefined) headers["content-type"] = mediaType;
    requests.push(post(`content type ${JSON.stringify(mediaType)}`, body, headers));
  }
  const accepts = [
    "text/html",
    "text/plain",
    "application/xml",
    "",
    "*/*",
    "application/graphql-response+json;q=0",
  ];
  for (const accept of accepts) {
    requests.push(
      post(`accept ${JSON.stringify(accept)}`, body, { "content-type": "application/json", accept }),
    );
  }
  for (const method of ["PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "PROPFIND"]) {
    requests.push({ label: `method ${method}`, method, path: "/graphql", headers: JSON_HEADERS, body });
  }
  const gets: [string, string][] = [
    ["a mutation", "?query=mutation%7BcreateCell(input:%7B%7D)%7Bcell%7Bid%7D%7D%7D"],
    [
      "a named mutation",
      `?query=${encodeURIComponent("mutation M { __typename } query Q { __typename }")}&operationName=M`,
    ],
    ["no query", ""],
    ["an empty query", "?query="],
    ["variables not JSON", "?query=%7B__typename%7D&variables=%7Bnope"],
    ["variables a list", "?query=%7B__typename%7D&variables=%5B%5D"],
    ["extensions not JSON", "?query=%7B__typename%7D&extensions=%7B"],
    ["a query twice", "?query=%7B__typename%7D&query=mutation%7B__typename%7D"],
    ["malformed percent-encoding", "?query=%E0%A4%A&variables=%"],
    ["a NUL", "?query=%7B__typename%00%7D"],
    ["a long query", `?query=${encodeURIComponent(`{ ${"__typename ".repeat(3000)}}`)}`],
    [
      "a persisted query hash",
      `?extensions=${encodeURIComponent('{"persistedQuery":{"version":1,"sha256Hash":"%"}}')}`,
    ],
  ];
  for (const [label, search] of gets) {
    requests.push({
      label: `GET with ${label}`,
      method: "GET",
      path: `/graphql${search}`,
      headers: { accept: "application/graphql-response+json" },
    });
  }
  requests.push({
    label: "GET for a browser: GraphiQL",
    method: "GET",
    path: "/graphql",
    headers: { accept: "text/html" },
    allowsNonJson: true,
  });
  for (const origin of [
    "https://evil.example",
    "null",
    "http://chibo.test.evil.example",
    "' OR 1=1 --",
    "ÿ",
  ]) {
    requests.push(post(`origin ${JSON.stringify(origin)}`, body, { ...JSON_HEADERS, origin }));
  }
  for (const tenant of ["nope", "default", "DEFAULT", "' OR 1=1 --", "../", "t".repeat(100), "%"]) {
    requests.push(
      post(`tenant ${JSON.stringify(tenant.slice(0, 20))}`, body, {
        ...JSON_HEADERS,
        "chibo-tenant": tenant,
      }),
    );
    requests.push({
      label: `GET with ?tenant=${tenant.slice(0, 20)}`,
      method: "GET",
      path: `/graphql?query=%7Bcells%7BtotalCount%7D%7D&tenant=${encodeURIComponent(tenant)}`,
      headers: { accept: "application/graphql-response+json" },
    });
  }
  for (const bookmark of ["garbage", "", "0".repeat(5000), "00000000-00000000-00000000-00000000"]) {
    requests.push(
      post(`bookmark ${JSON.stringify(bookmark.slice(0, 20))}`, body, {
        ...JSON_HEADERS,
        "x-chibo-bookmark": bookmark,
      }),
    );
  }
  const refusedMutation = JSON.stringify({
    query: "mutation ($input: DeleteDocumentInput!) { deleteDocument(input: $input) { errors { code } } }",
    variables: { input: { documentId: missingId(random, "Document"), expectedVersion: 1 } },
  });
  for (const key of ["fuzz-key", "fuzz-key", "", "x".repeat(300), "ÿ", "a b"]) {
    requests.push(
      post(`a refused mutation with Idempotency-Key ${JSON.stringify(key.slice(0, 20))}`, refusedMutation, {
        ...JSON_HEADERS,
        authorization: admin.authorization ?? "",
        "idempotency-key": key,
      }),
    );
  }
  for (const assertion of ["garbage", "a.b.c", " ", `${"x".repeat(9000)}`]) {
    requests.push(
      post(`a Cloudflare Access assertion ${JSON.stringify(assertion.slice(0, 20))}`, body, {
        ...JSON_HEADERS,
        "cf-access-jwt-assertion": assertion,
      }),
    );
  }
  for (const length of ["abc", "-1", "99999999999999999999999", "1", "0", " 10", "1e3"]) {
    requests.push(post(`content-length ${length}`, body, { ...JSON_HEADERS, "content-length": length }));
  }
  const padded = (size: number) => JSON.stringify({ query: "{ __typename }" }).padEnd(size, " ");
  requests.push(post("a body just over 1 MiB", padded(1024 * 1024 + 1)));
  requests.push(post("a body of 3 MiB", padded(3 * 1024 * 1024)));
  requests.push(
    post("a chunked body of 2 MiB", () => {
      const chunk = new TextEncoder().encode(" ".repeat(64 * 1024));
      let sent = 0;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent === 0) controller.enqueue(new TextEncoder().encode('{"query": "{ __typename }"}'));
          sent += 1;
          if (sent > 32) controller.close();
          else controller.enqueue(chunk);
        },
      });
    }),
  );
  requests.push(
    post(
      "a stream that fails",
      () => new ReadableStream({ pull: (controller) => controller.error(new Error("gone")) }),
    ),
  );
  for (let index = 0; index < 10; index += 1) {
    const mediaType = random.pick(mediaTypes) ?? "";
    const bytes = new Uint8Array(random.int(0, 2000)).map(() => random.int(0, 255));
    requests.push(post(`random bytes as ${mediaType}`, bytes, { "content-type": mediaType }));
  }
  return requests;
}

const nested = (open: string, close: string, depth: number, inner: string) =>
  `${open.repeat(depth)}${inner}${close.repeat(depth)}`;

/** Documents that are too deep, too wide, cyclic or otherwise hostile to the parser and validator. */
function hostileDocuments(random: Random): FuzzRequest[] {
  const cellId = base64(`Cell:${DEMO.cell}`);
  const documents: [string, string, Record<string, unknown>?][] = [];
  for (const depth of [11, 13, 30, 200]) {
    documents.push([
      `parents ${depth} deep`,
      `query ($id: ID!) { cell(id: $id) { ${nested("parent { ", " }", depth, "name")} } }`,
      { id: cellId },
    ]);
  }
  for (const depth of [63, 65, 500, 5000]) {
    documents.push([
      `a list ${depth} deep`,
      `{ cells(first: ${nested("[", "]", depth, "1")}) { totalCount } }`,
    ]);
    documents.push([
      `an input object ${depth} deep`,
      `{ cells(filter: ${nested("{search: ", "}", depth, '"x"')}) { totalCount } }`,
    ]);
  }
  documents.push(["selections 3000 braces deep", nested("{ ", " }", 3000, "__typename")]);
  documents.push(["an unclosed document", `{ ${"cells { edges { node { ".repeat(200)}`]);
  for (const count of [40, 41, 200, 2000]) {
    documents.push([
      `${count} aliases`,
      `{ ${Array.from({ length: count }, (_, index) => `a${index}: __typename`).join(" ")} }`,
    ]);
  }
  documents.push([
    "40 aliases of an expensive field",
    `{ ${Array.from({ length: 40 }, (_, index) => `a${index}: cells(first: 100) { totalCount edges { node { name descendants(first: 100) { totalCount } } } }`).join(" ")} }`,
  ]);
  const bomb = Array.from(
    { length: 30 },
    (_, index) => `fragment B${index} on Query { a${index}: __typename ...B${index + 1} ...B${index + 1} }`,
  ).join("\n");
  documents.push(["a fragment alias bomb", `{ ...B0 }\n${bomb}\nfragment B30 on Query { last: __typename }`]);
  const fieldBomb = Array.from(
    { length: 25 },
    (_, index) => `fragment F${index} on Query { ...F${index + 1} ...F${index + 1} cells { totalCount } }`,
  ).join("\n");
  documents.push([
    "a fragment field bomb without aliases",
    `{ ...F0 }\n${fieldBomb}\nfragment F25 on Query { __typename }`,
  ]);
  documents.push(["a fragment spreading itself", "{ ...A } fragment A on Query { ...A }"]);
  documents.push([
    "a two-fragment cycle",
    "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }",
  ]);
  documents.push([
    "a 300-fragment cycle",
    `{ ...F0 }\n${Array.from({ length: 300 }, (_, index) => `fragment F${index} on Query { ...F${(index + 1) % 300} }`).join("\n")}`,
  ]);
  documents.push(["an unknown fragment", "{ ...Nope }"]);
  documents.push(["a fragment on an unknown type", "{ ...A } fragment A on Nope { x }"]);
  documents.push(["a fragment on a scalar", "{ ...A } fragment A on String { x }"]);
  documents.push(["an inline fragment on Mutation", "{ ... on Mutation { __typename } }"]);
  for (const count of [50, 51, 500, 3000]) {
    documents.push([`${count} directives`, `{ __typename${" @include(if: true)".repeat(count)} }`]);
  }
  documents.push(["unknown directives", "{ __typename @nope @nope(x: 1) @skip }"]);
  documents.push(["a directive of the wrong type", '{ __typename @skip(if: "yes") }']);
  documents.push([
    "@defer and @stream",
    "{ ... @defer { cells { totalCount } } externalBodies @stream { name } }",
  ]);
  documents.push(["a directive on a variable", "query ($a: Int @include(if: true)) { __typename }"]);
  documents.push(["a directive definition", "directive @x on FIELD { __typename }"]);
  documents.push(["schema extension", "extend type Query { x: Int } { __typename }"]);
  documents.push(["a subscription", "subscription { __typename }"]);
  documents.push(["two anonymous operations", "{ __typename } { __typename }"]);
  documents.push(["two operations of one name", "query A { __typename } query A { __typename }"]);
  documents.push([
    "1000 variables",
    `query (${Array.from({ length: 1000 }, (_, index) => `$v${index}: Int`).join(" ")}) { __typename }`,
  ]);
  documents.push(["a variable declared twice", "query ($a: Int, $a: String) { __typename }"]);
  documents.push(["an undeclared variable", "{ cell(id: $nope) { name } }"]);
  documents.push(["a variable of an output type", "query ($a: Cell) { __typename }"]);
  documents.push([
    "a variable of a list 100 deep",
    `query ($a: ${nested("[", "]", 60, "Int")}) { __typename }`,
  ]);
  documents.push(["a number past any Int", `{ cells(first: ${"9".repeat(400)}) { totalCount } }`]);
  documents.push(["a float past any double", `{ cells(first: 1e99999) { totalCount } }`]);
  documents.push([
    "a string of 45,000 characters",
    `{ parseDocumentNumber(number: "${"Đ".repeat(45_000)}") { valid } }`,
  ]);
  documents.push([
    "a block string",
    `{ parseDocumentNumber(number: """${'\\"""'.repeat(200)}""") { valid } }`,
  ]);
  documents.push(["an invalid escape", '{ parseDocumentNumber(number: "\\x41") { valid } }']);
  documents.push(["a lone surrogate escape", '{ parseDocumentNumber(number: "\\uD800") { valid } }']);
  documents.push(["a lone surrogate character", '{ parseDocumentNumber(number: "\uD800") { valid } }']);
  documents.push(["a variable-width escape", '{ parseDocumentNumber(number: "\\u{110000}") { valid } }']);
  documents.push(["a NUL in the document", "{ __typename\u0000 }"]);
  documents.push(["a BOM first", "\uFEFF{ __typename }"]);
  documents.push(["a non-ASCII name", "{ célls { totalCount } }"]);
  documents.push(["a name of 40,000 characters", `{ ${"a".repeat(40_000)} }`]);
  documents.push(["only a comment", `# ${"x".repeat(1000)}`]);
  documents.push(["comments between every token", `{ ${"# c\n".repeat(3000)}__typename }`]);
  documents.push(["5,001 tokens", `{ ${"__typename ".repeat(5001)}}`]);
  documents.push(["a document of 50,001 characters", `{ __typename }${" ".repeat(50_001)}`]);
  documents.push(["__type of a hostile name", `{ __type(name: ${JSON.stringify("' OR 1=1 --")}) { name } }`]);
  documents.push([
    "deep introspection",
    `{ __schema { types { ${nested("fields { type { ", " } }", 6, "name")} } } }`,
  ]);
  documents.push(["__typename on Mutation", "mutation { __typename }"]);
  documents.push([
    "a mutation field in a query",
    '{ createCell(input: {name: "x", kind: CELL}) { errors { code } } }',
  ]);
  documents.push(["a selection on a leaf", "{ cells { totalCount { x } } }"]);
  documents.push(["no selection on an object", "{ cells }"]);
  documents.push(["an argument twice", "{ cells(first: 1, first: 2) { totalCount } }"]);
  documents.push(["an unknown argument", "{ cells(nope: 1) { totalCount } }"]);
  documents.push([
    "conflicting fields under one name",
    `{ ${Array.from({ length: 40 }, (_, index) => `x: cells(first: ${index}) { totalCount }`).join(" ")} }`,
  ]);
  const requests = documents.map(([label, query, variables]) =>
    postQuery(`document: ${label}`, query, variables ?? {}),
  );
  for (let index = 0; index < 40; index += 1) {
    const noise = random.text(
      [..."{}()[]:$@!.=|&\"'#,\n ", "...", "on", "query", "fragment", "__typename"],
      random.int(1, 400),
    );
    requests.push(postQuery(`document: random tokens #${index}`, noise));
  }
  requests.push(
    post(
      "operationName of no operation",
      JSON.stringify({ query: "query A { __typename }", operationName: "B" }),
    ),
  );
  requests.push(
    post(
      "operationName missing among two",
      JSON.stringify({ query: "query A { __typename } query B { __typename }" }),
    ),
  );
  requests.push(
    post(
      "operationName hostile",
      JSON.stringify({ query: "query A { __typename }", operationName: hostileString(random) }),
    ),
  );
  return requests;
}

/** JSON arrays of operations: refused as a whole before any runs. */
function batches(): FuzzRequest[] {
  const one = { query: "{ __typename }" };
  const mutation = {
    query: `mutation { createCell(input: {name: "x", kind: CELL_OF_NOTHING}) { errors { code } } }`,
  };
  return [
    post("an empty batch", "[]"),
    post("a batch of one", JSON.stringify([one])),
    post("a batch of 500", JSON.stringify(Array.from({ length: 500 }, () => one))),
    post("a batch with a mutation", JSON.stringify([one, mutation])),
    post("a batch of garbage", JSON.stringify([1, "x", null, [], {}])),
    post("a nested batch", JSON.stringify([[one]])),
  ];
}

/**
 * Multipart requests (the upload spec) with missing, malformed or lying parts, anonymously and as an admin
 * (every upload names a document that does not exist).
 */
function multipartGarbage(random: Random, admin: Viewer): FuzzRequest[] {
  const upload = (documentId: string) =>
    JSON.stringify({
      query: `mutation ($input: UploadAttachmentInput!) { uploadAttachment(input: $input) { attachment { id } errors { code } } }`,
      variables: { input: { documentId, file: null } },
    });
  const pdf = () =>
    new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], "scan.pdf", { type: "application/pdf" });
  const form = (parts: [string, string | File][]) => () => {
    const body = new FormData();
    for (const [name, value] of parts) body.append(name, value);
    return body;
  };
  const missing = () => missingId(random, "Document");
  const shapes: [string, [string, string | File][]][] = [
    ["no parts", []],
    ["operations only", [["operations", JSON.stringify({ query: "{ __typename }" })]]],
    [
      "operations not JSON",
      [
        ["operations", "{nope"],
        ["map", "{}"],
      ],
    ],
    [
      "map not JSON",
      [
        ["operations", JSON.stringify({ query: "{ __typename }" })],
        ["map", "{nope"],
      ],
    ],
    [
      "map a list",
      [
        ["operations", JSON.stringify({ query: "{ __typename }" })],
        ["map", "[]"],
      ],
    ],
    [
      "map to a missing file",
      [
        ["operations", upload(missing())],
        ["map", '{"0": ["variables.input.file"]}'],
      ],
    ],
    [
      "map to a path that is not there",
      [
        ["operations", upload(missing())],
        ["map", '{"0": ["variables.nope.deeper.file"]}'],
        ["0", pdf()],
      ],
    ],
    [
      "map into __proto__",
      [
        ["operations", upload(missing())],
        ["map", '{"0": ["variables.__proto__.polluted"]}'],
        ["0", pdf()],
      ],
    ],
    [
      "map into constructor.prototype",
      [
        ["operations", upload(missing())],
        ["map", '{"0": ["constructor.prototype.polluted"]}'],
        ["0", pdf()],
      ],
    ],
    [
      "map to the query",
      [
        ["operations", upload(missing())],
        ["map", '{"0": ["query"]}'],
        ["0", pdf()],
      ],
    ],
    [
      "map of a string",
      [
        ["operations", upload(missing())],
        ["map", '{"0": "variables.input.file"}'],
        ["0", pdf()],
      ],
    ],
    [
      "a file for a query",
      [
        ["operations", JSON.stringify({ query: "{ __typename }" })],
        ["map", '{"0": ["variables.x"]}'],
        ["0", pdf()],
      ],
    ],
    [
      "a file where an ID goes",
      [
        ["operations", upload(missing())],
        ["map", '{"0": ["variables.input.documentId"]}'],
        ["0", pdf()],
      ],
    ],
    [
      "an upload to a missing document",
      [
        ["operations", upload(missing())],
        ["map", '{"0": ["variables.input.file"]}'],
        ["0", pdf()],
      ],
    ],
    [
      "an upload to a malformed ID",
      [
        ["operations", upload(hostileString(random))],
        ["map", '{"0": ["variables.input.file"]}'],
        ["0", pdf()],
      ],
    ],
    [
      "a batch of operations",
      [
        ["operations", JSON.stringify([{ query: "{ __typename }" }])],
        ["map", "{}"],
      ],
    ],
    [
      "operations as a file",
      [
        ["operations", new File(["{}"], "operations.json")],
        ["map", "{}"],
      ],
    ],
    [
      "parts in the wrong order",
      [
        ["map", "{}"],
        ["operations", JSON.stringify({ query: "{ __typename }" })],
      ],
    ],
    [
      "300 files",
      [
        ["operations", JSON.stringify({ query: "{ __typename }" })],
        [
          "map",
          JSON.stringify(
            Object.fromEntries(
              Array.from({ length: 300 }, (_, index) => [String(index), [`variables.f${index}`]]),
            ),
          ),
        ],
        ...Array.from({ length: 300 }, (_, index): [string, File] => [String(index), pdf()]),
      ],
    ],
  ];
  const requests: FuzzRequest[] = [undefined, admin.authorization].flatMap((authorization) =>
    shapes.map(([label, parts]) => ({
      label: `multipart: ${label}${authorization ? " as ADMIN" : ""}`,
      method: "POST",
      path: "/graphql",
      headers: {
        accept: "application/graphql-response+json",
        ...(authorization ? { authorization } : {}),
      },
      body: form(parts),
    })),
  );
  const rawBodies = [
    "--x\r\n\r\n--x--",
    '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{nope\r\n--x--',
    '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ __typename }"}',
    '--y\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--y--',
    "garbage",
    '--x\r\nContent-Disposition: form-data; name="operations"; filename="../../etc/passwd"\r\n\r\n{}\r\n--x--',
  ];
  for (const body of rawBodies) {
    requests.push(
      post(`raw multipart ${JSON.stringify(body.slice(0, 50))}`, body, {
        "content-type": "multipart/form-data; boundary=x",
        accept: "application/graphql-response+json",
      }),
    );
  }
  return requests;
}

/** Percent-encoding of the text's UTF-8 (a lone surrogate becomes U+FFFD, where encodeURIComponent throws). */
function percentEncoded(text: string): string {
  return Array.from(new TextEncoder().encode(text), (byte) =>
    /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte))
      ? String.fromCharCode(byte)
      : `%${byte.toString(16).padStart(2, "0")}`,
  ).join("");
}

/** The Worker's other routes, with hostile path segments, tokens and methods: 4xx with a JSON error, never 5xx. */
function routeHostility(random: Random, admin: Viewer): FuzzRequest[] {
  const segments = () =>
    random.pick<() => string>([
      () => DEMO.cell,
      () => existingId(random, "Cell"),
      () => DEMO.foundingDecision,
      () => percentEncoded(hostileString(random).slice(0, 300)),
      () => "%E0%A4%A",
      () => "%",
      () => "%zz",
      () => "%00",
      () => "%2F..%2F..",
      () => "..",
      () => "x".repeat(5000),
      () => "%C0%AF",
      () => "%ED%A0%80",
    ])();
  const requests: FuzzRequest[] = [];
  const paths = () =>
    random.pick<() => string>([
      () => `/documents/${segments()}/attachments/${segments()}`,
      () => `/cells/${segments()}/meetings.ics?token=${percentEncoded(hostileString(random).slice(0, 200))}`,
      () => `/cells/${segments()}/meetings.ics`,
      () => `/cells/${segments()}/reports/${random.pick(["2017", "0000", "9999", "2018"])}`,
      () => `/cells/${segments()}/reports/2017?tenant=${random.pick(["nope", "default", "%25", "..%2F"])}`,
      () =>
        `/cells/${segments()}/export.${random.pick(["json", "csv"])}?on=${encodeURIComponent(random.pick(["2018-01-01", "nope", "2024-02-30", "%", ""]))}`,
      () =>
        `/${random.pick(["GRAPHQL", "graphql/", "graphql/x", "graphql;x", "graphql%00", "nope", ".env", "graphiql/../../wrangler.toml"])}`,
    ])();
  for (let index = 0; index < ROUTE_REQUESTS; index += 1) {
    const asAdmin = random.chance(0.3);
    requests.push({
      label: `route ${asAdmin ? "as ADMIN" : "anonymously"}`,
      method: random.pick(["GET", "GET", "GET", "HEAD", "POST", "DELETE"]),
      path: paths(),
      headers: asAdmin && admin.authorization ? { authorization: admin.authorization } : {},
      allowsNonJson: true,
    });
  }
  return requests;
}

const ROUTE_REQUESTS = 80;

type Category = (random: Random, admin: Viewer) => FuzzRequest[];

/** The raw requests, by category; `admin` is the viewer some of them are sent as (reads, or refused writes). */
export const HTTP_CATEGORIES: Record<string, Category> = {
  "malformed bodies": (random) => malformedBodies(random),
  "media types, methods, sizes and headers": transportHostility,
  "hostile documents": (random) => hostileDocuments(random),
  batches: () => batches(),
  "multipart garbage": multipartGarbage,
  routes: routeHostility,
};
