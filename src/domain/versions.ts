import { refuse } from "./refusal";

/**
 * A write names the version of the record it was made from: another version means someone changed the record in
 * between, and nothing they saved may be silently overwritten. Where the version is optional and not given, the
 * write is guarded only against changes between its own read and write.
 */
export function assertExpectedVersion(
  current: { version: number },
  expected: number | null | undefined,
): void {
  if (expected != null && current.version !== expected) {
    refuse(
      "CONFLICT",
      {
        vi: `Bản ghi đang ở phiên bản ${current.version}, không phải ${expected}: có người vừa thay đổi. Hãy xem lại thay đổi đó (trường version của đối tượng, hoặc history) rồi gửi lại với expectedVersion: ${current.version}.`,
        en: `The record is at version ${current.version}, not ${expected}: someone changed it. Review that change (the object's version field, or its history) and send again with expectedVersion: ${current.version}.`,
      },
      ["expectedVersion"],
    );
  }
}
