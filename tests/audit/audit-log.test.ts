import { describe, expect, it } from "vitest";
import { adminToken, createBranch, gql, mutate, rawId, tokenFor } from "../helpers";

const LOG = `query ($filter: AuditFilter) { auditLog(filter: $filter) {
  totalCount edges { node { operation table action rowKey before after requestId actorGrants scope { id } } }
} }`;

describe("audit log", () => {
  it("records each change of a mutation in the same write, with before and after values and the request", async () => {
    const { committee, cell } = await createBranch("Kiểm toán");
    const renamed = await mutate(
      "updateCell",
      { cellId: cell.id, expectedVersion: 1, name: "Chi bộ Đổi Tên" },
      "cell { id }",
    );
    const requestId = (renamed as any).extensions.requestId as string;
    expect(requestId).toBeTruthy();
    const committeeToken = await tokenFor("COMMITTEE", rawId(committee.id));
    const log = await gql(LOG, { filter: { cellId: committee.id, requestId } }, committeeToken);
    expect(log.errors).toBeUndefined();
    const entries = log.data?.auditLog.edges.map((e: any) => e.node);
    const update = entries.find((e: any) => e.table === "cells" && e.action === "UPDATE");
    expect(update).toMatchObject({ operation: "updateCell", rowKey: rawId(cell.id), scope: { id: cell.id } });
    expect(JSON.parse(update.before).name).toMatch(/^Chi bộ Kiểm toán/);
    expect(JSON.parse(update.after).name).toBe("Chi bộ Đổi Tên");
    expect(entries.some((e: any) => e.table === "cell_aliases" && e.action === "INSERT")).toBe(true);
    expect(JSON.parse(update.before).version + 1).toBe(JSON.parse(update.after).version);
  });

  it("writes nothing for a refused or conflicting mutation", async () => {
    const { committee, cell } = await createBranch("Không ghi");
    const refused = await mutate(
      "updateCell",
      { cellId: cell.id, expectedVersion: 99, name: "X" },
      "cell { id }",
    );
    expect(refused.data?.updateCell.errors[0].code).toBe("CONFLICT");
    const log = await gql(
      LOG,
      { filter: { cellId: committee.id, requestId: (refused as any).extensions.requestId } },
      await adminToken(),
    );
    expect(log.data?.auditLog.totalCount).toBe(0);
  });

  it("shows a committee its subtree only, and nobody below a committee", async () => {
    const mine = await createBranch("Sổ của tôi");
    const other = await createBranch("Sổ người khác");
    await mutate(
      "updateCell",
      { cellId: other.cell.id, expectedVersion: 1, addAliases: ["Tên phụ"] },
      "cell { id }",
    );
    const committeeToken = await tokenFor("COMMITTEE", rawId(mine.committee.id));
    const foreign = await gql(LOG, { filter: { cellId: other.committee.id } }, committeeToken);
    expect(foreign.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const everything = await gql(LOG, {}, committeeToken);
    expect(everything.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const secretary = await gql(
      LOG,
      { filter: { cellId: mine.cell.id } },
      await tokenFor("SECRETARY", rawId(mine.cell.id)),
    );
    expect(secretary.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("shows personal values only to readers allowed to see them", async () => {
    const { committee, cell, unique } = await createBranch("Riêng tư sổ");
    const created = await mutate(
      "createCandidate",
      { fullName: `Lê Văn Sổ ${unique}`, cellId: cell.id, birthDate: "1988-08-08" },
      "person { id }",
    );
    const personId = created.data?.createCandidate.person.id;
    const requestId = (created as any).extensions.requestId;
    const committeeToken = await tokenFor("COMMITTEE", rawId(committee.id));
    const personEntry = async () =>
      (await gql(LOG, { filter: { cellId: committee.id, requestId } }, committeeToken)).data?.auditLog.edges
        .map((e: any) => e.node)
        .find((e: any) => e.table === "people");
    expect(JSON.parse((await personEntry()).after).birth_date).toBe("1988-08-08");
    await mutate("admitMember", { personId, admittedOn: "2015-03-01" }, "person { id }");
    await mutate("endMembership", { personId, on: "2016-01-01", reason: "TRANSFERRED_OUT" }, "person { id }");
    // The person has left every cell of the committee: their personal values are no longer its to read.
    expect(JSON.parse((await personEntry()).after).birth_date).toBeNull();
    const asAdmin = await gql(LOG, { filter: { requestId } }, await adminToken());
    const adminView = asAdmin.data?.auditLog.edges
      .map((e: any) => e.node)
      .find((e: any) => e.table === "people");
    expect(JSON.parse(adminView.after).birth_date).toBe("1988-08-08");
  });
});

describe("audit entries by node(id)", () => {
  it("serves an entry to the committee over its scope; to the cell's secretary it is as if there were none", async () => {
    const { committee, cell } = await createBranch("Nút sổ");
    const changed = await mutate(
      "updateCell",
      { cellId: cell.id, expectedVersion: 1, addAliases: ["Tên khác"] },
      "cell { id }",
    );
    const listed = await gql(
      `query ($filter: AuditFilter) { auditLog(filter: $filter) { edges { node { id operation } } } }`,
      { filter: { cellId: committee.id, requestId: (changed as any).extensions.requestId } },
      await tokenFor("COMMITTEE", rawId(committee.id)),
    );
    const entryId = listed.data?.auditLog.edges[0].node.id;
    const query = `query ($id: ID!) { node(id: $id) { ... on AuditEntry { operation } } }`;
    const asCommittee = await gql(query, { id: entryId }, await tokenFor("COMMITTEE", rawId(committee.id)));
    expect(asCommittee.data?.node).toEqual({ operation: "updateCell" });
    const asSecretary = await gql(query, { id: entryId }, await tokenFor("SECRETARY", rawId(cell.id)));
    // Out of the secretary's reach: answered as an ID of nothing.
    expect(asSecretary.errors).toBeUndefined();
    expect(asSecretary.data?.node).toBeNull();
  });
});
