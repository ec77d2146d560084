import { writeFile } from "node:fs/promises";

/**
 * One measured figure beside what it is judged against. `ok` is undefined for figures that only inform
 * (a baseline's own numbers, a breakdown), true/false for those with a target.
 */
export interface Figure {
  section: string;
  metric: string;
  value: number | null;
  unit: string;
  /** The comparison point: the bare-metal equivalent (raw pg, bare Node server) or a fixed budget. */
  baseline?: { label: string; value: number; unit?: string };
  /** value / baseline.value, when a baseline exists. */
  ratio?: number;
  /** Human-readable target, e.g. "< 50 ms" or "≥ 5% of bare". */
  target?: string;
  ok?: boolean;
  note?: string;
}

export function fmtNumber(v: number | null | undefined, unit = ""): string {
  if (v === null || v === undefined || Number.isNaN(v)) return "—";
  const abs = Math.abs(v);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  const s = v.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return unit ? `${s} ${unit}` : s;
}

/** Ratios keep three significant digits: 0.00391× must not print as 0×. */
export function fmtRatio(r: number): string {
  if (!Number.isFinite(r)) return "—";
  return `${r >= 100 ? r.toFixed(0) : Number(r.toPrecision(3)).toString()}×`;
}

function status(f: Figure): string {
  if (f.ok === undefined) return "";
  return f.ok ? "ok" : "MISSED";
}

/** A plain-text table that reads well in a CI log (no colours, fixed columns). */
export function printTable(figures: Figure[], out: (s: string) => void = console.log): void {
  const rows = figures.map((f) => [
    f.section,
    f.metric,
    fmtNumber(f.value, f.unit),
    f.baseline ? `${f.baseline.label}: ${fmtNumber(f.baseline.value, f.baseline.unit ?? f.unit)}` : "",
    f.ratio === undefined ? "" : fmtRatio(f.ratio),
    f.target ?? "",
    status(f),
    f.note ?? "",
  ]);
  const head = ["section", "metric", "value", "baseline", "ratio", "target", "status", "note"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  out(line(head));
  out(widths.map((w) => "─".repeat(w)).join("  "));
  let section = "";
  for (const [i, r] of rows.entries()) {
    if (section && figures[i]!.section !== section) out("");
    section = figures[i]!.section;
    out(line(r));
  }
  const missed = figures.filter((f) => f.ok === false);
  out("");
  if (missed.length) {
    for (const f of missed)
      out(`MISSED: ${f.section} / ${f.metric} = ${fmtNumber(f.value, f.unit)} (target ${f.target})`);
  } else if (figures.some((f) => f.ok)) {
    out(`All ${figures.filter((f) => f.ok).length} targets met.`);
  }
}

export async function writeResults(file: string, data: unknown): Promise<void> {
  await writeFile(
    file,
    `${JSON.stringify(data, (_k, v) => (typeof v === "bigint" ? Number(v) : v), 2)}\n`,
    "utf8",
  );
}
