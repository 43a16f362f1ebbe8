import { describe, expect, it } from "vitest";
import { adminToken, createBranch, createDocument, download, uploadAttachment } from "../helpers";

async function newDocument() {
  const branch = await createBranch("Nội dung tệp");
  return createDocument({
    type: "MINUTES",
    title: `Biên bản ${branch.unique}`,
    issuerId: branch.cell.id,
    issuedOn: "2024-05-05",
  });
}

describe("what an upload holds", () => {
  it("refuses a page sent as a PDF, and stores nothing", async () => {
    const doc = await newDocument();
    const page = new File(["<!doctype html><script>fetch('/graphql')</script>"], "bien-ban.pdf", {
      type: "application/pdf",
    });
    const refused = await uploadAttachment(doc.id, page);
    expect(
      (refused.data as any)?.uploadAttachment.errors.map((error: { code: string }) => error.code),
    ).toEqual(["FILE_TYPE_MISMATCH"]);
    expect((refused.data as any)?.uploadAttachment.attachment).toBeNull();
  });

  it("keeps the file under a name without direction overrides, and serves it only as a sandboxed download", async () => {
    const doc = await newDocument();
    const uploaded = await uploadAttachment(
      doc.id,
      new File(["%PDF-1.4\n%%EOF\n"], "bien ban\u202efdp.exe", { type: "application/pdf" }),
    );
    const attachment = (uploaded.data as any)?.uploadAttachment.attachment;
    expect(attachment.fileName).toBe("bien banfdp.exe");
    const file = await download(attachment.url, await adminToken());
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
    expect(file.headers.get("content-security-policy")).toContain("sandbox");
  });
});
