import { refuse, type Text } from "./refusal";

export const GRANT_ROLES = ["MEMBER", "SECRETARY", "COMMITTEE", "ADMIN"] as const;
export type GrantRole = (typeof GRANT_ROLES)[number];

export const GRANT_ROLE_LABELS: Record<GrantRole, string> = {
  MEMBER: "Đảng viên",
  SECRETARY: "Bí thư, phó bí thư chi bộ",
  COMMITTEE: "Cấp ủy",
  ADMIN: "Quản trị hệ thống",
};

/** A role on an organization; it reaches the organization's whole subtree. ADMIN without a cell is global. */
export interface Grant {
  role: GrantRole;
  cellId: string | null;
}

/** E-mails are compared without case (Access reports them as typed at sign-in); other subjects are exact. */
export function normalizePrincipal(value: string): string {
  const trimmed = value.trim();
  return trimmed.includes("@") ? trimmed.toLowerCase() : trimmed;
}

/** A principal to grant to: an e-mail or a token subject, 1–320 characters, no spaces or control characters. */
export function validPrincipal(value: string): string {
  const principal = normalizePrincipal(value);
  if (principal.length === 0 || principal.length > 320 || /[\s\p{C}]/u.test(principal)) {
    refuse(
      "INVALID_PRINCIPAL",
      {
        vi: "Người được cấp quyền là một địa chỉ thư điện tử hoặc chủ thể của token, không có dấu cách.",
        en: "A principal is an e-mail or a token subject, without spaces.",
      },
      ["principal"],
    );
  }
  return principal;
}

/** ADMIN reaches everything and names no organization; every other role is granted on one. */
export function assertGrantPlacement(role: GrantRole, cellId: string | null): void {
  if ((role === "ADMIN") !== (cellId === null)) {
    refuse(
      "INVALID_GRANT",
      {
        vi: "Quyền ADMIN cấp không kèm tổ chức; mọi quyền khác phải gắn với một tổ chức.",
        en: "ADMIN is granted without an organization; every other role needs one.",
      },
      ["cellId"],
    );
  }
}

/**
 * All active grants of a principal name one person (or none): `linked` is the person its other grants name,
 * undefined when it has none.
 */
export function assertSamePerson(linked: string | null | undefined, personId: string | null): void {
  if (linked !== undefined && linked !== personId) {
    refuse(
      "PRINCIPAL_PERSON_MISMATCH",
      {
        vi: "Các quyền khác của người này gắn với một người khác (hoặc không gắn với ai): hãy thu hồi chúng hoặc chọn cùng một người.",
        en: "This principal's other grants name another person (or none): revoke them or name the same person.",
      },
      ["personId"],
    );
  }
}

/** What a member does for themselves (check in, assess themselves) needs a token that names their person. */
export function principalPerson(personId: string | null | undefined, message: Text, field: string[]): string {
  if (!personId) refuse("NO_PERSON", message, field);
  return personId;
}

/** A grant is revoked once; its history keeps the first revocation. */
export function assertNotRevoked(revokedAt: string | null): void {
  if (revokedAt !== null)
    refuse("ALREADY_REVOKED", { vi: "Quyền này đã bị thu hồi.", en: "This grant was already revoked." }, [
      "id",
    ]);
}

/** A principal holds a role on an organization once (the table's unique key says so at write time). */
export function refuseDuplicateGrant(): never {
  refuse(
    "DUPLICATE_GRANT",
    { vi: "Người này đã có quyền này tại đây.", en: "The principal already holds this role here." },
    ["role"],
  );
}

/** A grant ends on a day still to come: an end already past would be a revocation, which keeps who revoked it. */
export function assertExpiryAhead(expiresOn: string | null, today: string): void {
  if (expiresOn !== null && expiresOn <= today)
    refuse(
      "EXPIRY_NOT_AHEAD",
      {
        vi: `Ngày hết hạn ${expiresOn} phải sau hôm nay (${today}); muốn chấm dứt quyền ngay thì dùng revokeGrant.`,
        en: `The end day ${expiresOn} must come after today (${today}); to end a grant now, use revokeGrant.`,
      },
      ["expiresOn"],
    );
}
