import { describe, expect, it } from "vitest";
import { cellWithMembers, gql, mutate, tokenFor } from "../helpers";

const RESULT = "result { created unchanged dryRun rows { row outcome person { id } } }";

describe("importing a cell's dues bases", () => {
  it("checks every row first, writes them in one batch, and leaves a re-run unchanged", async () => {
    const { cell, members } = await cellWithMembers("Nhập đảng phí", 2);
    const [first, second] = members as [string, string];
    const names = (
      await gql(
        `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Person { fullName } } }`,
        { ids: [first, second] },
        await tokenFor("ADMIN"),
      )
    ).data?.nodes.map((node: { fullName: string }) => node.fullName) as [string, string];
    const rows = [
      { fullName: names[0], fromMonth: "2026-01", category: "INSURED_SALARY", figure: 7_000_000 },
      { fullName: names[1].toUpperCase(), fromMonth: "2026-01", category: "OTHER", monthlyAmount: 20_000 },
    ];

    const refused = await mutate(
      "importDuesBases",
      {
        cellId: cell.id,
        rows: [...rows, { fullName: "Người Lạ", fromMonth: "2026-01", category: "PENSION" }],
      },
      RESULT,
    );
    expect(
      refused.data?.importDuesBases.errors.map((error: { code: string; field: string[] }) => [
        error.code,
        error.field,
      ]),
    ).toEqual([
      ["NOT_A_MEMBER", ["input", "rows", "2", "fullName"]],
      ["FIGURE_REQUIRED", ["input", "rows", "2", "figure"]],
    ]);

    const dry = await mutate("importDuesBases", { cellId: cell.id, rows, dryRun: true }, RESULT);
    expect(dry.data?.importDuesBases.result).toMatchObject({ created: 2, unchanged: 0, dryRun: true });
    const written = await mutate("importDuesBases", { cellId: cell.id, rows }, RESULT);
    expect(written.data?.importDuesBases.result.rows).toEqual([
      { row: 0, outcome: "CREATED", person: { id: first } },
      { row: 1, outcome: "CREATED", person: { id: second } },
    ]);
    const again = await mutate("importDuesBases", { cellId: cell.id, rows }, RESULT);
    expect(again.data?.importDuesBases.result).toMatchObject({ created: 0, unchanged: 2 });
    const bases = await gql(
      `query ($id: ID!) { person(id: $id) { duesBases { fromMonth category figure } } }`,
      { id: first },
      await tokenFor("ADMIN"),
    );
    expect(bases.data?.person.duesBases).toEqual([
      { fromMonth: "2026-01", category: "INSURED_SALARY", figure: 7_000_000 },
    ]);
  });
});
