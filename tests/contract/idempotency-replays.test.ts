import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createBranch, createDocument, mutate, send, tokenOfPrincipal } from "../helpers";

const CREATE = `mutation ($input: CreateCandidateInput!) {
  createCandidate(input: $input) { person { id fullName birthDate } errors { code } }
}`;

describe("idempotent replays re-check the viewer", () => {
  it("does not replay a stored answer once the viewer's grant was revoked", async () => {
    const branch = await createBranch("Phát lại");
    const principal = `replay-${branch.unique.split(" ").at(-1)}@chibo.test`;
    const granted = await mutate(
      "grantRole",
      { principal, role: "SECRETARY", cellId: branch.cell.id },
      "grant { id }",
    );
    const token = await tokenOfPrincipal(principal);
    const key = crypto.randomUUID();
    const request = {
      token,
      headers: { "idempotency-key": key },
      body: {
        query: CREATE,
        variables: {
          input: { fullName: `Riêng ${branch.unique}`, cellId: branch.cell.id, birthDate: "1991-01-01" },
        },
      },
    };
    const first = await send(request);
    expect(first.body.data?.createCandidate.person.birthDate).toBe("1991-01-01");
    expect((await send(request)).body.extensions?.idempotentReplay).toBe(true);

    await mutate("revokeGrant", { id: granted.data?.grantRole.grant.id }, "grant { id }");
    const afterRevoke = await send(request);
    expect(afterRevoke.status).toBe(409);
    expect(afterRevoke.body.data).toBeUndefined();
    expect(afterRevoke.body.errors?.map((error) => error.extensions.code)).toEqual([
      "IDEMPOTENCY_VIEWER_CHANGED",
    ]);
    expect(JSON.stringify(afterRevoke.body)).not.toContain("1991-01-01");
  });
});

describe("an Idempotency-Key names one request, its file included", () => {
  async function upload(token: string, key: string, documentId: string, content: string) {
    const body = new FormData();
    body.set(
      "operations",
      JSON.stringify({
        query: `mutation ($input: UploadAttachmentInput!) { uploadAttachment(input: $input) {
          attachment { id sha256 } errors { code } } }`,
        variables: { input: { documentId, file: null } },
      }),
    );
    body.set("map", JSON.stringify({ 0: ["variables.input.file"] }));
    body.set("0", new File([content], "bien-ban.pdf", { type: "application/pdf" }));
    const response = await exports.default.fetch(
      new Request("http://chibo.test/graphql", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "idempotency-key": key },
        body,
      }),
    );
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }

  it("replays the same upload, and refuses the key with another file", async () => {
    const branch = await createBranch("Tệp một lần");
    const principal = `upload-${branch.unique.split(" ").at(-1)}@chibo.test`;
    await mutate("grantRole", { principal, role: "SECRETARY", cellId: branch.cell.id }, "grant { id }");
    const token = await tokenOfPrincipal(principal);
    const doc = await createDocument({
      type: "MINUTES",
      title: `Biên bản ${branch.unique}`,
      issuerId: branch.cell.id,
      issuedOn: "2024-05-05",
    });
    const key = crypto.randomUUID();
    const first = await upload(token, key, doc.id, "%PDF-1.4\n% bản một\n%%EOF\n");
    expect(first.body.data.uploadAttachment.errors).toEqual([]);
    const again = await upload(token, key, doc.id, "%PDF-1.4\n% bản một\n%%EOF\n");
    expect(again.body.extensions.idempotentReplay).toBe(true);
    const otherFile = await upload(token, key, doc.id, "%PDF-1.4\n% bản hai\n%%EOF\n");
    expect(otherFile.status).toBe(422);
    expect(
      otherFile.body.errors.map((error: { extensions: { code: string } }) => error.extensions.code),
    ).toEqual(["IDEMPOTENCY_KEY_REUSED"]);
  });
});
