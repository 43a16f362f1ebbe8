import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { languageOf } from "../../src/http/language";
import { adminToken, createBranch, gql } from "../helpers";

function requestWith(acceptLanguage?: string): Request {
  return new Request(
    "http://chibo.test/graphql",
    acceptLanguage ? { headers: { "accept-language": acceptLanguage } } : {},
  );
}

describe("languageOf", () => {
  it("is Vietnamese without a header and for Vietnamese or unknown languages", () => {
    expect(languageOf(requestWith())).toBe("vi");
    expect(languageOf(requestWith("vi-VN,vi;q=0.9"))).toBe("vi");
    expect(languageOf(requestWith("fr-FR,de;q=0.8"))).toBe("vi");
  });

  it("is English when the request prefers it, by quality", () => {
    expect(languageOf(requestWith("en-US,en;q=0.9"))).toBe("en");
    expect(languageOf(requestWith("vi;q=0.5, en;q=0.8"))).toBe("en");
    expect(languageOf(requestWith("en;q=0.2, vi"))).toBe("vi");
    expect(languageOf(requestWith("en;q=0"))).toBe("vi");
  });
});

const SCHEDULE = `mutation ($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) { meeting { id } errors { code message field } }
}`;

describe("messages people read", () => {
  it("refuses a mutation in Vietnamese by default and in English on request, with the same code", async () => {
    const { cell } = await createBranch("Ngôn ngữ");
    const input = {
      cellId: cell.id,
      kind: "REGULAR",
      title: "   ",
      scheduledStart: "2024-05-06T14:00:00+07:00",
      scheduledEnd: "2024-05-06T16:00:00+07:00",
    };
    const token = await adminToken();
    const vietnamese = await gql(SCHEDULE, { input }, token, null);
    const english = await gql(SCHEDULE, { input }, token, "en-GB,en;q=0.9");
    expect(vietnamese.data?.scheduleMeeting.errors).toEqual([
      { code: "INVALID_TITLE", message: "Cuộc họp phải có tên.", field: ["input", "title"] },
    ]);
    expect(english.data?.scheduleMeeting.errors).toEqual([
      { code: "INVALID_TITLE", message: "A meeting needs a title.", field: ["input", "title"] },
    ]);
  });

  it("writes a query's refusal and its problems in the request's language, without the other one", async () => {
    const query = `{ nextDocumentNumber(issuerId: "${btoa("Cell:nowhere")}", type: RESOLUTION) { canonical } }`;
    const token = await adminToken();
    const vietnamese = await gql(query, {}, token, "vi");
    const english = await gql(query, {}, token);
    const [vi] = vietnamese.errors ?? [];
    const [en] = english.errors ?? [];
    expect(vi?.extensions?.code).toBe("NOT_FOUND");
    expect(vi?.message).toBe("Không có tổ chức nào có ID này.");
    expect(en?.message).toBe("No organization has this ID.");
    expect((vi?.extensions as { problems?: { message: string }[] } | undefined)?.problems?.[0]?.message).toBe(
      "Không có tổ chức nào có ID này.",
    );
    expect(vi?.extensions).not.toHaveProperty("text");
  });

  it("asks to sign in, in Vietnamese by default and in English on request", async () => {
    const { cell } = await createBranch("Chưa đăng nhập");
    const mutation = `mutation ($input: CreateCandidateInput!) { createCandidate(input: $input) { person { id } } }`;
    const input = { fullName: "Ẩn danh", cellId: cell.id };
    const [vietnamese] = (await gql(mutation, { input }, undefined, null)).errors ?? [];
    const [english] = (await gql(mutation, { input }, undefined, "en")).errors ?? [];
    expect(vietnamese?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(vietnamese?.message).toBe("Hãy đăng nhập trước: gửi token trong tiêu đề Authorization.");
    expect(english?.message).toBe("Sign in first: send a token in the Authorization header.");
  });
});

describe("dates as people write them", () => {
  const SCHEDULE_AT = `mutation ($start: DateTime!, $end: DateTime!, $cell: ID!) {
    scheduleMeeting(input: { cellId: $cell, kind: REGULAR, title: "Sinh hoạt", scheduledStart: $start, scheduledEnd: $end }) {
      meeting { date scheduledStart } errors { code }
    }
  }`;

  it("reads a date-time without an offset in Vietnam's time", async () => {
    const { cell } = await createBranch("Giờ Việt Nam");
    const answer = await gql(
      SCHEDULE_AT,
      { cell: cell.id, start: "2024-05-06T07:30", end: "2024-05-06T09:30" },
      await adminToken(),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.scheduleMeeting.meeting).toEqual({
      date: "2024-05-06",
      scheduledStart: "2024-05-06T00:30:00.000Z",
    });
  });

  it("refuses 05/12/2026 saying which form to use, in the request's language", async () => {
    const { cell } = await createBranch("Ngày viết tay");
    const variables = { cell: cell.id, start: "05/12/2026 14:00", end: "2026-12-05T16:00" };
    const [vietnamese] = (await gql(SCHEDULE_AT, variables, await adminToken(), null)).errors ?? [];
    const [english] = (await gql(SCHEDULE_AT, variables, await adminToken())).errors ?? [];
    expect(vietnamese?.extensions?.code).toBe("INVALID_DATE");
    expect(vietnamese?.message).toContain("ở đây là 2026-12-05T14:00");
    expect(english?.message).toContain("here 2026-12-05T14:00");
  });
});

describe("the limits of a request", () => {
  it("are refused in Vietnamese by default, before and after parsing", async () => {
    const send = (body: unknown, acceptLanguage?: string) =>
      exports.default.fetch(
        new Request("http://chibo.test/graphql", {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(acceptLanguage ? { "accept-language": acceptLanguage } : {}),
          },
          body: JSON.stringify(body),
        }),
      );
    const batched = (await (
      await send([{ query: "{ __typename }" }, { query: "{ __typename }" }])
    ).json()) as any;
    expect(batched.errors[0].extensions.code).toBe("BATCHING_NOT_SUPPORTED");
    expect(batched.errors[0].message).toContain("mỗi yêu cầu gửi một thao tác");
    const deep = `{ ${"cells { edges { node { ".repeat(4)}name${" } } }".repeat(4)} }`;
    const [vietnamese] = ((await (await send({ query: deep })).json()) as any).errors;
    const [english] = ((await (await send({ query: deep }, "en")).json()) as any).errors;
    expect(vietnamese.extensions.code).toBe("QUERY_TOO_DEEP");
    expect(vietnamese.message).toBe("Yêu cầu lồng các trường quá 12 cấp.");
    expect(english.message).toBe("The operation nests field selections more than 12 levels deep.");
  });
});

describe("GraphQL's own messages", () => {
  it("are said in Vietnamese by default, with the names quoted as written, and in English on request", async () => {
    const token = await adminToken();
    const unknownField = "{ cells(first: 1) { totalCount nmae } }";
    const [vietnamese] = (await gql(unknownField, {}, token, null)).errors ?? [];
    const [english] = (await gql(unknownField, {}, token, "en")).errors ?? [];
    expect(vietnamese?.message).toBe('Kiểu "QueryCellsConnection" không có trường "nmae".');
    expect(english?.message).toBe('Cannot query field "nmae" on type "QueryCellsConnection".');
    const missing = await gql("query ($id: ID!) { cell(id: $id) { name } }", {}, token, null);
    expect(missing.errors?.[0]?.message).toBe('Chưa gửi biến bắt buộc "$id" (kiểu "ID!").');
    const syntax = await gql("{ cells(first: 1) { ", {}, token, null);
    expect(syntax.errors?.[0]?.message).toMatch(/^Lỗi cú pháp GraphQL: /);
  });
});

describe("a refused token", () => {
  it("is explained in Vietnamese by default and in English on request", async () => {
    const [vietnamese] = (await gql("{ __typename }", {}, "not-a-jwt", null)).errors ?? [];
    const [english] = (await gql("{ __typename }", {}, "not-a-jwt", "en")).errors ?? [];
    expect(vietnamese?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(vietnamese?.message).toBe("Token không phải JWT.");
    expect(english?.message).toBe("The token is not a JWT.");
  });
});
