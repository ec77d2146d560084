/**
 * Front-end weight and speed of the two pages a buyer lands on from a shared link or a search engine: the
 * JavaScript a first visit downloads (gzip), and Lighthouse's mobile performance score.
 */
import { gzipSync } from "node:zlib";
import { CHROMIUM_PATH, launchBrowser } from "@cho-phien/e2e/harness";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type { Figure } from "./report";
import { median } from "./stats";

export const JS_BUDGET_KB = 150;
export const LIGHTHOUSE_TARGET = 95;

export const FRONTEND_PAGES = [
  { name: "product page", path: "/p/ot-chao-mao-dai-duc" },
  { name: "search page", path: "/search?q=ot+chao+mao" },
];

export interface FrontendBenchOptions {
  storefrontUrl: string;
  lighthouseRuns: number;
  log: (m: string) => void;
}

interface ScriptWeight {
  url: string;
  rawBytes: number;
  gzipBytes: number;
}

/** Every script response of a cold first load (fresh context, empty cache), gzipped here at level 9. */
async function measureJs(
  url: string,
): Promise<{ status: number; scripts: ScriptWeight[]; inlineGzip: number }> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const pending: Promise<ScriptWeight | null>[] = [];
    page.on("response", (res) => {
      if (res.request().resourceType() !== "script") return;
      pending.push(
        res
          .body()
          .then((b) => ({ url: res.url(), rawBytes: b.length, gzipBytes: gzipSync(b, { level: 9 }).length }))
          .catch(() => null),
      );
    });
    const nav = await page.goto(url, { waitUntil: "networkidle" });
    // Inline <script> (the RSC payload Next.js streams into the HTML) is reported apart: it is data, and it
    // arrives inside the document the page needs anyway.
    const inline = await page.$$eval("script:not([src])", (els) =>
      els.map((e) => e.textContent ?? "").join("\n"),
    );
    const scripts = (await Promise.all(pending)).filter((s): s is ScriptWeight => s !== null);
    await context.close();
    return {
      status: nav?.status() ?? 0,
      scripts,
      inlineGzip: inline ? gzipSync(Buffer.from(inline), { level: 9 }).length : 0,
    };
  } finally {
    await browser.close();
  }
}

interface LighthouseRun {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  si: number;
}

/** One Lighthouse run (default config: mobile emulation, simulated slow 4G) in a fresh Chromium. */
async function lighthouseOnce(url: string): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
    logLevel: "silent",
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
    });
    if (!result) throw new Error("lighthouse returned nothing");
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      fcp: audit("first-contentful-paint"),
      lcp: audit("largest-contentful-paint"),
      tbt: audit("total-blocking-time"),
      cls: audit("cumulative-layout-shift"),
      si: audit("speed-index"),
    };
  } finally {
    chrome.kill();
  }
}

export async function runFrontendBench(opts: FrontendBenchOptions) {
  const { log } = opts;
  const figures: Figure[] = [];
  const details: Record<string, unknown> = {};
  for (const p of FRONTEND_PAGES) {
    const url = new URL(p.path, opts.storefrontUrl).toString();
    const js = await measureJs(url);
    const gzipKb = js.scripts.reduce((a, s) => a + s.gzipBytes, 0) / 1024;
    const rawKb = js.scripts.reduce((a, s) => a + s.rawBytes, 0) / 1024;
    log(`frontend: ${p.path} → ${js.status}, ${js.scripts.length} scripts, ${gzipKb.toFixed(1)} KB gzip`);
    figures.push({
      section: "frontend",
      metric: `${p.name} JS first load, gzip (${js.scripts.length} files)`,
      value: gzipKb,
      unit: "KB",
      baseline: { label: "budget", value: JS_BUDGET_KB },
      ratio: gzipKb / JS_BUDGET_KB,
      target: `≤ ${JS_BUDGET_KB} KB`,
      ok: js.status === 200 && gzipKb <= JS_BUDGET_KB,
      note: js.status === 200 ? undefined : `HTTP ${js.status}`,
    });

    const runs: LighthouseRun[] = [];
    for (let i = 0; i < opts.lighthouseRuns; i++) {
      try {
        runs.push(await lighthouseOnce(url));
        log(`frontend: lighthouse ${p.path} run ${i + 1}/${opts.lighthouseRuns}: ${runs.at(-1)!.score}`);
      } catch (e) {
        log(`frontend: lighthouse ${p.path} run ${i + 1} failed: ${(e as Error).message}`);
      }
    }
    const score = runs.length ? median(runs.map((r) => r.score)) : null;
    figures.push({
      section: "frontend",
      metric: `${p.name} Lighthouse mobile perf (median of ${runs.length})`,
      value: score,
      unit: "",
      baseline: { label: "target", value: LIGHTHOUSE_TARGET },
      ratio: score === null ? undefined : score / LIGHTHOUSE_TARGET,
      target: `≥ ${LIGHTHOUSE_TARGET}`,
      ok: score !== null && score >= LIGHTHOUSE_TARGET,
    });
    if (runs.length) {
      const m = (k: keyof LighthouseRun) => median(runs.map((r) => r[k]));
      figures.push({
        section: "frontend",
        metric: `  ${p.name} median LCP / TBT / CLS`,
        value: m("lcp"),
        unit: "ms",
        note: `TBT ${m("tbt").toFixed(0)} ms, CLS ${m("cls").toFixed(3)}, FCP ${m("fcp").toFixed(0)} ms`,
      });
    }
    details[p.path] = {
      status: js.status,
      jsGzipKb: gzipKb,
      jsRawKb: rawKb,
      inlineScriptGzipKb: js.inlineGzip / 1024,
      scripts: js.scripts,
      lighthouse: runs,
    };
  }
  return { figures, details };
}
