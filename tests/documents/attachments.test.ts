import { describe, expect, it } from "vitest";
import {
  adminToken,
  createBranch,
  createDocument,
  download,
  gql,
  mutate,
  rawId,
  tokenFor,
  uploadAttachment,
} from "../helpers";

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

const PDF = new TextEncoder().encode("%PDF-1.4\n% Biên bản Hội nghị tổng kết 2017\n%%EOF\n");

async function documentInNewBranch(label: string) {
  const branch = await createBranch(label);
  const doc = await createDocument({
    type: "MINUTES",
    title: `Biên bản ${branch.unique}`,
    issuerId: branch.cell.id,
    issuedOn: "2024-05-05",
  });
  return { ...branch, doc };
}

describe("attachments", () => {
  it("round-trips a file through R2 with its sha256, for readers of the document only", async () => {
    const { doc, cell } = await documentInNewBranch("Tệp");
    const uploaded = await uploadAttachment(
      doc.id,
      new File([PDF], "biên bản.pdf", { type: "application/pdf" }),
    );
    expect(uploaded.errors).toBeUndefined();
    const attachment = (uploaded.data as any).uploadAttachment.attachment;
    expect(attachment).toMatchObject({
      fileName: "biên bản.pdf",
      contentType: "application/pdf",
      size: PDF.byteLength,
      purged: false,
    });
    expect(attachment.sha256).toBe(await sha256(PDF));

    const member = await tokenFor("MEMBER", rawId(cell.id));
    const response = await download(attachment.url, member);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);

    const anonymous = await download(attachment.url);
    expect(anonymous.status).toBe(401);
    const stranger = await download(
      attachment.url,
      await tokenFor("MEMBER", rawId((await createBranch("Lạ")).cell.id)),
    );
    expect(stranger.status).toBe(404);
    const listed = await gql(
      `query ($id: ID!) { document(id: $id) { attachments { sha256 } } }`,
      { id: doc.id },
      member,
    );
    expect(listed.data?.document.attachments).toEqual([{ sha256: attachment.sha256 }]);
  });

  it.each([
    [
      "a type outside the allowlist",
      new File(["<html></html>"], "page.html", { type: "text/html" }),
      "UNSUPPORTED_FILE_TYPE",
    ],
    ["an empty file", new File([], "empty.pdf", { type: "application/pdf" }), "EMPTY_FILE"],
    [
      "a file over the size limit",
      new File([new Uint8Array(2048)], "big.pdf", { type: "application/pdf" }),
      "FILE_TOO_LARGE",
    ],
  ])("refuses %s and stores nothing", async (_label, file, code) => {
    const { doc } = await documentInNewBranch("Giới hạn");
    const result = await uploadAttachment(doc.id, file);
    expect((result.data as any).uploadAttachment.errors.map((e: any) => e.code)).toEqual([code]);
    const after = await gql(
      `query ($id: ID!) { document(id: $id) { attachments { id } } }`,
      { id: doc.id },
      await adminToken(),
    );
    expect(after.data?.document.attachments).toEqual([]);
  });

  it("refuses uploads by someone who cannot write the document", async () => {
    const { doc } = await documentInNewBranch("Không quyền");
    const other = await createBranch("Người khác");
    const result = await uploadAttachment(
      doc.id,
      new File([PDF], "x.pdf", { type: "application/pdf" }),
      await tokenFor("SECRETARY", rawId(other.cell.id)),
    );
    // Another branch's document: answered as one that does not exist.
    expect((result.data as any)?.uploadAttachment.errors.map((e: any) => e.code)).toEqual(["NOT_FOUND"]);
  });

  it("keeps the files of a deleted document until an admin purges them", async () => {
    const { doc } = await documentInNewBranch("Dọn tệp");
    const uploaded = await uploadAttachment(doc.id, new File([PDF], "a.pdf", { type: "application/pdf" }));
    const attachment = (uploaded.data as any).uploadAttachment.attachment;
    const notYet = await mutate("purgeDocumentFiles", { documentId: doc.id }, "purge { files }");
    expect(notYet.data?.purgeDocumentFiles.errors.map((e: any) => e.code)).toEqual(["NOT_PURGEABLE"]);
    const deleted = await mutate(
      "deleteDocument",
      { documentId: doc.id, expectedVersion: doc.version },
      "deleted { id }",
    );
    expect(deleted.data?.deleteDocument.errors).toEqual([]);
    const secretaryPurge = await mutate(
      "purgeDocumentFiles",
      { documentId: doc.id },
      "purge { files }",
      await tokenFor("SECRETARY", "demo-pac-cell"),
    );
    expect(secretaryPurge.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const purged = await mutate("purgeDocumentFiles", { documentId: doc.id }, "purge { files }");
    expect(purged.data?.purgeDocumentFiles.purge).toEqual({ files: 1 });
    const gone = await download(attachment.url, await adminToken());
    expect(gone.status).toBe(404);
  });
});
