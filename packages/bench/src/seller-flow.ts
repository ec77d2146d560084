/**
 * The farmer's own journey on a budget phone and a poor rural link: sign in, write a listing, add one photo
 * straight from the camera (~4 MB), send it for review — in Chromium at 360×740 with DevTools network
 * emulation (400 kbps down, 200 kbps up, 300 ms latency), against the production dashboard and storefront.
 * With JavaScript on, the dashboard shrinks the photo in the browser before it leaves the phone
 * (apps/dashboard/src/modules/photos/photo-upload-form.tsx), so what crosses the link should be a fraction
 * of the camera file. Measures every byte the page sent and received (CDP Network events), the time of each
 * step and of the whole flow, beside the budget: done within 2 minutes.
 */
import { performance } from "node:perf_hooks";
import { createDb } from "@cho-phien/db";
import { DEMO_PASSWORD } from "@cho-phien/db/seed";
import { launchBrowser, testPhoto } from "@cho-phien/e2e/harness";
import type { Figure } from "./report";

export const SELLER_FLOW_BUDGET_SEC = 120;

/** DevTools' own units: bytes per second and milliseconds. 400/200 kbps is a weak 3G cell in the hills. */
export const RURAL_LINK = {
  offline: false,
  latency: 300,
  downloadThroughput: 50_000,
  uploadThroughput: 25_000,
} as const;

/** Triệu Văn Sinh, owner of the Đại Dực chili shop in the demo data. */
const SELLER = { phone: "0901000002", password: DEMO_PASSWORD };

/** A 12 MP phone photo: 4000×3000 with sensor grain, ≈ 4 MB as JPEG q85 (packages/e2e/src/test-photo.ts). */
const PHOTO = { width: 4000, height: 3000 } as const;

export interface SellerFlowBenchOptions {
  dashboardUrl: string;
  /** The database both apps use, to check the flow really left a submitted listing with its photo. */
  databaseUrl: string;
  log: (m: string) => void;
}

interface Traffic {
  requests: number;
  failed: number;
  /** Aborted by the page itself (Next.js drops prefetches it no longer needs when the farmer moves on). */
  canceled: number;
  /** Response bytes as they came over the wire (headers + encoded body, redirects included). */
  down: number;
  /** Request bytes: header lines plus each body's Content-Length (or the body DevTools reported). */
  up: number;
}

interface Step extends Traffic {
  name: string;
  seconds: number;
}

interface CdpRequest {
  requestId: string;
  request: { url: string; method: string; postData?: string; hasPostData?: boolean };
  redirectResponse?: { encodedDataLength?: number };
  timestamp: number;
}

/** Counts the page's traffic from DevTools Network events (the page's own session, throttled like it). */
class TrafficMeter {
  readonly total: Traffic = { requests: 0, failed: 0, canceled: 0, down: 0, up: 0 };
  /** Every request that did not finish, to tell a broken flow from a slow one (and what the page dropped). */
  readonly failures: { url: string; error: string; canceled: boolean }[] = [];
  readonly byRequest = new Map<
    string,
    { url: string; method: string; body: number; started: number; finished?: number }
  >();

  /** Content-Length from ExtraInfo events that came before their request's own event (either may be first). */
  private readonly earlyLength = new Map<string, number>();

  onRequest(e: CdpRequest) {
    // A redirect reuses the request id: the redirect response arrived, the next hop is a new request.
    if (e.redirectResponse) this.total.down += e.redirectResponse.encodedDataLength ?? 0;
    this.total.requests++;
    const reported = e.request.postData ? Buffer.byteLength(e.request.postData) : 0;
    const body = Math.max(reported, this.earlyLength.get(e.requestId) ?? 0);
    this.earlyLength.delete(e.requestId);
    this.total.up += body;
    this.byRequest.set(e.requestId, {
      url: e.request.url,
      method: e.request.method,
      body,
      started: e.timestamp,
    });
  }

  /** The headers as sent, with Content-Length for bodies DevTools did not hand over (a file, a blob). */
  onRequestExtra(e: { requestId: string; headers: Record<string, string> }) {
    let headerBytes = 0;
    let contentLength: number | undefined;
    for (const [k, v] of Object.entries(e.headers)) {
      headerBytes += k.length + v.length + 4; // "k: v\r\n"
      if (k.toLowerCase() === "content-length") contentLength = Number(v);
    }
    this.total.up += headerBytes;
    if (contentLength === undefined) return;
    const r = this.byRequest.get(e.requestId);
    if (!r) this.earlyLength.set(e.requestId, contentLength);
    else if (contentLength > r.body) {
      this.total.up += contentLength - r.body;
      r.body = contentLength;
    }
  }

  onFinished(e: { requestId: string; encodedDataLength: number; timestamp: number }) {
    this.total.down += e.encodedDataLength;
    const r = this.byRequest.get(e.requestId);
    if (r) r.finished = e.timestamp;
  }

  onFailed(e: { requestId: string; errorText: string; canceled?: boolean }) {
    const url = this.byRequest.get(e.requestId)?.url ?? "?";
    this.failures.push({ url, error: e.errorText, canceled: e.canceled === true });
    if (e.canceled) this.total.canceled++;
    else this.total.failed++;
  }

  snapshot(): Traffic {
    return { ...this.total };
  }
}

const kb = (bytes: number) => bytes / 1024;

export async function runSellerFlowBench(opts: SellerFlowBenchOptions) {
  const { log } = opts;
  const url = (p: string) => new URL(p, opts.dashboardUrl).toString();
  const photo = await testPhoto(PHOTO);
  log(`seller-flow: ${PHOTO.width}×${PHOTO.height} camera photo, ${(kb(photo.length) / 1024).toFixed(2)} MB`);

  const browser = await launchBrowser();
  const steps: Step[] = [];
  let productId: string | undefined;
  let error: string | undefined;
  const meter = new TrafficMeter();
  const flowStarted = performance.now();
  try {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: "vi-VN",
      timezoneId: "Asia/Ho_Chi_Minh",
    });
    context.setDefaultTimeout(SELLER_FLOW_BUDGET_SEC * 2 * 1000);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    cdp.on("Network.requestWillBeSent", (e) => meter.onRequest(e as CdpRequest));
    cdp.on("Network.requestWillBeSentExtraInfo", (e) =>
      meter.onRequestExtra(e as { requestId: string; headers: Record<string, string> }),
    );
    cdp.on("Network.loadingFinished", (e) =>
      meter.onFinished(e as { requestId: string; encodedDataLength: number; timestamp: number }),
    );
    cdp.on("Network.loadingFailed", (e) => meter.onFailed(e));
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", RURAL_LINK);

    /** One step of the flow, timed, with the bytes it moved. */
    const step = async (name: string, work: () => Promise<void>) => {
      const before = meter.snapshot();
      const t = performance.now();
      await work();
      const seconds = (performance.now() - t) / 1000;
      const after = meter.snapshot();
      const s: Step = {
        name,
        seconds,
        requests: after.requests - before.requests,
        failed: after.failed - before.failed,
        canceled: after.canceled - before.canceled,
        down: after.down - before.down,
        up: after.up - before.up,
      };
      steps.push(s);
      log(
        `seller-flow: ${name}: ${seconds.toFixed(1)} s, ↓ ${kb(s.down).toFixed(0)} KB ↑ ${kb(s.up).toFixed(0)} KB`,
      );
    };

    const next = "/seller/listings/new";
    await step("open the sign-in page (cold cache)", async () => {
      await page.goto(url(`/dang-nhap?next=${encodeURIComponent(next)}`), { waitUntil: "load" });
      await page.getByRole("tab", { name: "Mật khẩu" }).click();
    });
    await step("sign in → new listing form", async () => {
      await page.locator('input[name="phone"]').fill(SELLER.phone);
      await page.locator('input[name="password"]').fill(SELLER.password);
      await Promise.all([
        page.waitForURL((u) => u.pathname === next, { waitUntil: "load" }),
        page.getByRole("tabpanel").getByRole("button", { name: "Đăng nhập" }).click(),
      ]);
    });
    await step("write the listing, save the draft", async () => {
      await page.locator('input[name="title"]').fill("Ớt chào mào Đại Dực vụ mới");
      await page.locator('select[name="categorySlug"]').selectOption("rau-gia-vi");
      await page
        .locator('textarea[name="description"]')
        .fill("Ớt hái sáng nay trên nương, cay thơm, đóng túi 1 kg.");
      await page.locator('input[name="priceVnd"]').fill("90.000");
      await page.locator('input[name="unit"]').fill("kg");
      await page.locator('input[name="stock"]').fill("30");
      await page.locator('input[name="weightGrams"]').fill("1000");
      await Promise.all([
        page.waitForURL((u) => u.searchParams.get("ket-qua") === "created"),
        page.getByRole("button", { name: "Lưu nháp", exact: true }).click(),
      ]);
      productId = /\/seller\/listings\/([^/?#]+)/.exec(page.url())?.[1];
    });
    await step("open the photos page", async () => {
      await Promise.all([
        page.waitForURL((u) => u.pathname.endsWith("/photos")),
        page.getByRole("link", { name: /Ảnh sản phẩm \(0\/8\)/ }).click(),
      ]);
    });
    await step(`photo: shrink on the phone, upload, show`, async () => {
      await page.locator('input[type="file"][name="photo"]').setInputFiles({
        name: "IMG_20261129_071204.jpg",
        mimeType: "image/jpeg",
        buffer: photo,
      });
      // The form says how it went (added, or why not): wait for its word rather than for success only, so a
      // refusal stops the flow with the farmer's message instead of a four-minute timeout.
      const said = page.locator('form[enctype="multipart/form-data"]').getByRole("status");
      await said.waitFor();
      const text = (await said.textContent()) ?? "";
      if (!text.includes("Đã thêm ảnh.")) throw new Error(`the photo was not added: “${text}”`);
      const cover = page.getByRole("img", { name: "Ảnh bìa" });
      await cover.scrollIntoViewIfNeeded();
      await cover.evaluate((img: HTMLImageElement) =>
        img.complete && img.naturalWidth > 0
          ? undefined
          : new Promise((resolve, reject) => {
              img.addEventListener("load", resolve, { once: true });
              img.addEventListener("error", () => reject(new Error("the photo did not load")), {
                once: true,
              });
            }),
      );
    });
    await step("back to the listing, send for review", async () => {
      // The photos page has no link back to its listing; the farmer opens it again from the product list.
      await page.goto(url(`/seller/listings/${productId}`), { waitUntil: "load" });
      await Promise.all([
        page.waitForURL((u) => u.searchParams.get("ket-qua") === "submitted"),
        page.getByRole("button", { name: "Gửi duyệt", exact: true }).click(),
      ]);
    });
    await context.close();
  } catch (e) {
    error = (e as Error).message.split("\n")[0];
    log(`seller-flow: stopped at step ${steps.length + 1}: ${error}`);
    const shown = await browser
      .contexts()[0]
      ?.pages()[0]
      ?.evaluate(
        () =>
          `${location.pathname}${location.search}: ${(document.querySelector("main") ?? document.body).textContent?.slice(0, 600)}`,
      )
      .catch(() => undefined);
    if (shown) log(`seller-flow: the page showed ${shown.replace(/\s+/g, " ")}`);
  } finally {
    await browser.close();
  }
  const totalSec = (performance.now() - flowStarted) / 1000;

  // What the flow left behind: the listing sent to the reviewers with exactly the one photo.
  let verified = false;
  let stored: { listingStatus?: string; images?: number; width?: number | null; height?: number | null } = {};
  if (productId && !error) {
    const db = createDb(opts.databaseUrl, 1);
    try {
      const p = await db.product.findUnique({
        where: { id: productId },
        select: { listingStatus: true, images: { select: { width: true, height: true } } },
      });
      stored = {
        listingStatus: p?.listingStatus,
        images: p?.images.length,
        width: p?.images[0]?.width,
        height: p?.images[0]?.height,
      };
      verified = p?.listingStatus === "submitted" && p.images.length === 1;
    } finally {
      await db.$disconnect();
    }
  }

  const uploads = [...meter.byRequest.values()].filter(
    (r) => r.method === "POST" && new URL(r.url).pathname === "/api/uploads",
  );
  const upload = uploads[0];
  const uploadSec = upload?.finished !== undefined ? upload.finished - upload.started : null;
  const total = meter.snapshot();
  const note = [error ? `failed: ${error}` : "", !error && !verified ? `DB: ${JSON.stringify(stored)}` : ""]
    .filter(Boolean)
    .join("; ");
  const figures: Figure[] = [
    {
      section: "seller-flow",
      metric: `sign in → listing + ${(kb(photo.length) / 1024).toFixed(1)} MB photo submitted (400/200 kbps, 300 ms)`,
      value: error ? null : totalSec,
      unit: "s",
      baseline: { label: "budget", value: SELLER_FLOW_BUDGET_SEC },
      ratio: error ? undefined : totalSec / SELLER_FLOW_BUDGET_SEC,
      target: "≤ 2 min",
      ok: !error && verified && totalSec <= SELLER_FLOW_BUDGET_SEC,
      note: note || undefined,
    },
    {
      section: "seller-flow",
      metric: `  bytes transferred, whole flow (${total.requests} requests)`,
      value: kb(total.down + total.up),
      unit: "KB",
      note: [
        `↓ ${kb(total.down).toFixed(0)} KB, ↑ ${kb(total.up).toFixed(0)} KB`,
        total.canceled ? `${total.canceled} canceled by the page (RSC prefetches)` : "",
        total.failed ? `${total.failed} FAILED` : "",
      ]
        .filter(Boolean)
        .join(", "),
    },
    {
      section: "seller-flow",
      metric: "  photo upload body (shrunk in the browser)",
      value: upload ? kb(upload.body) : null,
      unit: "KB",
      baseline: { label: "camera file", value: kb(photo.length) },
      ratio: upload ? upload.body / photo.length : undefined,
      note: [
        uploadSec !== null ? `${uploadSec.toFixed(1)} s on the wire` : "",
        uploads.length > 1 ? `${uploads.length} uploads` : "",
        stored.width ? `stored ${stored.width}×${stored.height}` : "",
      ]
        .filter(Boolean)
        .join("; "),
    },
    ...steps.map(
      (s): Figure => ({
        section: "seller-flow",
        metric: `  ${s.name}`,
        value: s.seconds,
        unit: "s",
        note: `↓ ${kb(s.down).toFixed(0)} KB ↑ ${kb(s.up).toFixed(0)} KB, ${s.requests} req`,
      }),
    ),
  ];
  return {
    figures,
    details: {
      link: RURAL_LINK,
      viewport: { width: 360, height: 740 },
      photo: { ...PHOTO, bytes: photo.length },
      totalSeconds: totalSec,
      budgetSeconds: SELLER_FLOW_BUDGET_SEC,
      traffic: total,
      failures: meter.failures,
      upload: upload ? { bodyBytes: upload.body, seconds: uploadSec } : null,
      steps,
      productId,
      stored,
      verified,
      error,
    },
  };
}
