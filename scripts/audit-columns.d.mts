/** Columns an audit entry leaves out on purpose, by table (scripts/audit-columns.mjs). */
export declare const NOT_CAPTURED: Readonly<Record<string, readonly string[]>>;
