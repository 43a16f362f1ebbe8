export interface WorkFiguresEnv {
  /**
   * "on" shows every viewer what a request cost D1 (`extensions.d1RoundTrips`, `d1RowsRead`): for tests and the
   * local benchmark. Ignored when ENVIRONMENT is "production".
   */
  WORK_FIGURES?: string;
  ENVIRONMENT: string;
}

/**
 * Whether a request's answer may carry the rows and round trips D1 spent on it. Those figures count rows the viewer
 * may not read (a search reads index entries of hidden drafts before dropping them; a count walks hidden people), so
 * they would let a member rebuild hidden text or count hidden people one request at a time. Admins read everything
 * anyway; tests and the benchmark turn them on outside production.
 */
export function showsWorkFigures(env: WorkFiguresEnv, viewerIsAdmin: boolean): boolean {
  return viewerIsAdmin || (env.WORK_FIGURES === "on" && env.ENVIRONMENT !== "production");
}
