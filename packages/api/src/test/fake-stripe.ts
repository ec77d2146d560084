/**
 * A local stand-in for the few Stripe endpoints Chợ Phiên calls, so tests (and the browser test) run the
 * real `stripe` SDK offline: point it here with STRIPE_API_HOST/PORT/PROTOCOL (see `env()`). No stripe-mock
 * exists on npm or apt, and the network has no route to api.stripe.com.
 *
 * Implemented: POST /v1/checkout/sessions, GET /v1/checkout/sessions/:id, POST /v1/checkout/sessions/:id/expire,
 * plus a tiny hosted "payment page" (GET/POST /pay/:id) that completes a session and, if `webhookUrl` is set,
 * delivers a signed checkout.session.completed to it — what a buyer clicking "Pay" on Stripe would cause.
 * Every API request is recorded with its form-encoded body so tests can assert exact amounts.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

export interface RecordedRequest {
  method: string;
  path: string;
  /** The form body as flat Stripe-style keys: `line_items[0][price_data][unit_amount]` → "45000". */
  form: Record<string, string>;
  idempotencyKey: string | null;
  authorization: string | null;
}

export interface FakeSession {
  id: string;
  object: "checkout.session";
  mode: string;
  status: "open" | "complete" | "expired";
  payment_status: "unpaid" | "paid";
  currency: string;
  amount_subtotal: number;
  amount_total: number;
  client_reference_id: string | null;
  metadata: Record<string, string>;
  success_url: string | null;
  cancel_url: string | null;
  expires_at: number;
  created: number;
  url: string | null;
  payment_intent: string | null;
  livemode: false;
  line_items_form: { name: string; unit_amount: number; quantity: number; currency: string }[];
}

export interface FakeStripe {
  url: string;
  port: number;
  requests: RecordedRequest[];
  sessions: Map<string, FakeSession>;
  /** Environment for the code under test (getStripe reads these). */
  env(): Record<string, string>;
  /** Marks a session paid (as if the buyer paid on Stripe's page); returns it. */
  completeSession(id: string): FakeSession;
  /** Marks a session expired (as Stripe does at expires_at). */
  expireSession(id: string): FakeSession;
  /** A Stripe event envelope around an object, as Stripe would POST it to a webhook. */
  event(type: string, object: unknown, id?: string): { id: string; payload: string };
  /** Makes the next `n` API requests fail with HTTP 500 (a Stripe outage). */
  failNext(n: number): void;
  close(): Promise<void>;
}

export const FAKE_STRIPE_KEY = "sk_test_fake_cho_phien";

/** `Stripe-Signature` for a payload, signed with `secret` exactly as Stripe signs it. */
export function signWebhook(payload: string, secret: string, timestamp?: number): string {
  return Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
}

export async function startFakeStripe(
  opts: { webhookUrl?: string; webhookSecret?: string } = {},
): Promise<FakeStripe> {
  const requests: RecordedRequest[] = [];
  const sessions = new Map<string, FakeSession>();
  const idempotent = new Map<string, { status: number; body: unknown }>();
  let failures = 0;
  let base = "";

  const now = () => Math.floor(Date.now() / 1000);
  const rid = (prefix: string) => `${prefix}_test_${randomBytes(12).toString("hex")}`;

  function event(type: string, object: unknown, id = rid("evt")) {
    const payload = JSON.stringify({
      id,
      object: "event",
      api_version: "2026-10-28.endive",
      created: now(),
      data: { object },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    });
    return { id, payload };
  }

  function publicSession(s: FakeSession) {
    const { line_items_form: _omit, ...rest } = s;
    return rest;
  }

  function createSession(form: Record<string, string>): { status: number; body: unknown } {
    const lines: FakeSession["line_items_form"] = [];
    for (let i = 0; form[`line_items[${i}][quantity]`] !== undefined; i++) {
      const p = `line_items[${i}][price_data]`;
      const unit = form[`${p}[unit_amount]`];
      if (unit === undefined || !/^\d+$/.test(unit)) {
        return stripeError(400, "parameter_invalid_integer", `Invalid integer: ${unit}`, `${p}[unit_amount]`);
      }
      lines.push({
        name: form[`${p}[product_data][name]`] ?? "",
        unit_amount: Number(unit),
        quantity: Number(form[`line_items[${i}][quantity]`]),
        currency: form[`${p}[currency]`] ?? "",
      });
    }
    if (!lines.length) return stripeError(400, "parameter_missing", "Missing required param: line_items.");
    const expiresAt = form.expires_at ? Number(form.expires_at) : now() + 24 * 3600;
    if (expiresAt < now() + 30 * 60) {
      return stripeError(
        400,
        "parameter_invalid_integer",
        "expires_at must be at least 30 minutes from now",
        "expires_at",
      );
    }
    const metadata: Record<string, string> = {};
    for (const [k, v] of Object.entries(form)) {
      const m = /^metadata\[(.+)\]$/.exec(k);
      if (m) metadata[m[1]] = v;
    }
    const total = lines.reduce((s, l) => s + l.unit_amount * l.quantity, 0);
    const id = rid("cs");
    const session: FakeSession = {
      id,
      object: "checkout.session",
      mode: form.mode ?? "payment",
      status: "open",
      payment_status: "unpaid",
      currency: form.currency ?? lines[0].currency,
      amount_subtotal: total,
      amount_total: total,
      client_reference_id: form.client_reference_id ?? null,
      metadata,
      success_url: form.success_url ?? null,
      cancel_url: form.cancel_url ?? null,
      expires_at: expiresAt,
      created: now(),
      url: `${base}/pay/${id}`,
      payment_intent: null,
      livemode: false,
      line_items_form: lines,
    };
    sessions.set(id, session);
    return { status: 200, body: publicSession(session) };
  }

  function stripeError(status: number, code: string, message: string, param?: string) {
    return {
      status,
      body: { error: { type: "invalid_request_error", code, message, ...(param ? { param } : {}) } },
    };
  }

  function completeSession(id: string): FakeSession {
    const s = sessions.get(id);
    if (!s) throw new Error(`fake stripe: no session ${id}`);
    if (s.status !== "open") throw new Error(`fake stripe: session ${id} is ${s.status}`);
    s.status = "complete";
    s.payment_status = "paid";
    s.payment_intent = rid("pi");
    s.url = null;
    return s;
  }

  function expireSession(id: string): FakeSession {
    const s = sessions.get(id);
    if (!s) throw new Error(`fake stripe: no session ${id}`);
    if (s.status !== "open") throw new Error(`fake stripe: session ${id} is ${s.status}`);
    s.status = "expired";
    s.url = null;
    return s;
  }

  async function api(req: IncomingMessage, path: string, form: Record<string, string>) {
    const key = req.headers["idempotency-key"];
    if (typeof key === "string" && idempotent.has(key)) return idempotent.get(key)!;
    let result: { status: number; body: unknown };
    const m = /^\/v1\/checkout\/sessions(?:\/([^/]+))?(\/expire)?$/.exec(path);
    if (!m) {
      result = stripeError(404, "resource_missing", `Unrecognized request URL (${req.method}: ${path}).`);
    } else if (req.method === "POST" && !m[1]) {
      result = createSession(form);
    } else {
      const s = m[1] ? sessions.get(m[1]) : undefined;
      if (!s) result = stripeError(404, "resource_missing", `No such checkout.session: '${m[1]}'`, "session");
      else if (req.method === "GET" && !m[2]) result = { status: 200, body: publicSession(s) };
      else if (req.method === "POST" && m[2]) {
        if (s.status !== "open") {
          result = stripeError(
            400,
            "checkout_session_not_open",
            'Only Checkout Sessions with a status in ["open"] can be expired.',
          );
        } else result = { status: 200, body: publicSession(expireSession(s.id)) };
      } else
        result = stripeError(404, "resource_missing", `Unrecognized request URL (${req.method}: ${path}).`);
    }
    if (typeof key === "string" && req.method === "POST") idempotent.set(key, result);
    return result;
  }

  async function payPage(req: IncomingMessage, res: ServerResponse, id: string) {
    const s = sessions.get(id);
    if (!s) return send(res, 404, "text/plain", "no such session");
    if (req.method === "GET") {
      const total = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(
        s.amount_total,
      );
      return send(
        res,
        200,
        "text/html; charset=utf-8",
        `<!doctype html><meta name=viewport content="width=device-width"><title>Fake Stripe</title>
<h1>Fake Stripe Checkout</h1><p id=amount>${total}</p><p>status: ${s.status}</p>
<form method=post><button id=pay type=submit>Pay ${total}</button></form>`,
      );
    }
    if (s.status === "open") completeSession(id);
    if (opts.webhookUrl && opts.webhookSecret) {
      const ev = event("checkout.session.completed", publicSession(s));
      await fetch(opts.webhookUrl, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "stripe-signature": signWebhook(ev.payload, opts.webhookSecret),
        },
        body: ev.payload,
      }).catch((e) => console.error("[fake-stripe] webhook delivery failed", e));
    }
    res.writeHead(303, { location: s.success_url ?? "/" });
    res.end();
  }

  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://fake");
      const body = await readBody(req);
      const pay = /^\/pay\/([^/]+)$/.exec(url.pathname);
      if (pay) return await payPage(req, res, pay[1]);
      const form = Object.fromEntries(new URLSearchParams(body));
      requests.push({
        method: req.method ?? "GET",
        path: url.pathname,
        form,
        idempotencyKey: (req.headers["idempotency-key"] as string | undefined) ?? null,
        authorization: (req.headers.authorization as string | undefined) ?? null,
      });
      if (failures > 0) {
        failures--;
        return json(res, 500, { error: { type: "api_error", message: "fake outage" } });
      }
      if (req.headers.authorization !== `Bearer ${FAKE_STRIPE_KEY}`) {
        return json(res, 401, {
          error: { type: "invalid_request_error", message: "Invalid API Key provided" },
        });
      }
      const r = await api(req, url.pathname, form);
      return json(res, r.status, r.body);
    } catch (e) {
      json(res, 500, { error: { type: "api_error", message: String(e) } });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;

  return {
    url: base,
    port,
    requests,
    sessions,
    env: () => ({
      STRIPE_SECRET_KEY: FAKE_STRIPE_KEY,
      STRIPE_API_HOST: "127.0.0.1",
      STRIPE_API_PORT: String(port),
      STRIPE_API_PROTOCOL: "http",
    }),
    completeSession: (id) => completeSession(id),
    expireSession: (id) => expireSession(id),
    event,
    failNext(n) {
      failures = n;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown) {
  send(res, status, "application/json", JSON.stringify(body));
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { "content-type": type, "request-id": `req_fake_${randomBytes(6).toString("hex")}` });
  res.end(body);
}
