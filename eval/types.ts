/** What every evaluation module returns to the harness (eval/run.ts), which prints the sections as tables. */
export interface EvalRow {
  /** 'newsum', 'compromise', 'chrono-node', 'HeidelTime (published)', … */
  system: string;
  [metric: string]: number | string | null;
}

export interface EvalSection {
  title: string;
  /** Metric column names in print order (keys of the rows). */
  columns: string[];
  rows: EvalRow[];
  /** Per-item misses, printed with -v. */
  misses?: string[];
  notes?: string[];
}

/** An evaluation module: given the path of ../shared, returns its sections (or [] when its data is absent). */
export type Evaluator = (sharedDir: string, options: { verbose: boolean }) => Promise<EvalSection[]>;
