// Columns an audit entry leaves out on purpose, by table: read by the trigger generator (scripts/audit-triggers.mjs)
// and by the test that checks every audited column is captured (tests/audit/triggers.test.ts).
export const NOT_CAPTURED = {
  // A secret: whoever reads the log could rebuild a feed's URL from it.
  calendar_feeds: ["token_hash"],
  // State derived from audited rows whose own entries record each change: a rating's current stage and levels come
  // from its stages (0013); the size of a cell's subtree from the cells' paths (0019); an assignment's cell path from
  // its cell's (0048); what a relation keeps of its source document from the document (0053).
  ratings: ["current_stage", "current_level", "proposed_level", "decided_level"],
  cells: ["subtree_cells"],
  implementation_assignments: ["cell_path"],
  document_relations: ["from_live", "from_status", "from_issuer_cell_id", "from_issuer_path"],
};
