import { readAuthEnv } from "@cho-phien/auth/env";
import type { RuntimeEnv } from "@cho-phien/config/read-env";

/**
 * The security headers of both apps, in one place: the page policy each app's `proxy.ts` sends (it needs a
 * fresh nonce per request, so only code that runs per request can build it) and the headers the production
 * server (app-server.ts) puts on every answer, API or not. Here rather than in packages/ui because the API
 * server needs them too and the apps already import @cho-phien/api; nothing here imports Next.js or React.
 */

export type SecuredApp = "storefront" | "dashboard";

export interface SecuritySettings {
  app: SecuredApp;
  /** The app's public URL (STOREFRONT_URL / DASHBOARD_URL): https there means HSTS on every answer. */
  publicUrl: string;
  /** Origins other than the app's own that its pages show pictures from. */
  imageOrigins: string[];
  /** `next dev`: React's refresh and error overlay need eval; production never does. */
  development: boolean;
}

/**
 * Where Next.js and our inline scripts find the nonce: proxy.ts sets it on the request, server components read
 * it with headers(). Next.js itself reads it from the request's Content-Security-Policy header.
 */
export const NONCE_HEADER = "x-nonce";

/** JSON never needs to load, run or frame anything: a browser told to render it as a page gets nothing. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Answers the app-server (or Next.js) gives on `/api/*`: JSON, never a page. */
export function isApiPath(url: string): boolean {
  return url.startsWith("/api/");
}

export function securitySettingsFromEnv(app: SecuredApp, env: RuntimeEnv = process.env): SecuritySettings {
  // The public URLs and their local defaults are the sign-in package's (the same ones its cookies follow).
  const urls = readAuthEnv(env);
  return {
    app,
    publicUrl: app === "storefront" ? urls.STOREFRONT_URL : urls.DASHBOARD_URL,
    // The dashboard shows listing photos where they are served, /media/ on the storefront.
    imageOrigins: app === "dashboard" ? [new URL(urls.STOREFRONT_URL).origin] : [],
    development: env.NODE_ENV === "development",
  };
}

/** 128 random bits, base64: what CSP calls a nonce. A new one for every page answered. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The page policy. Scripts run only when they carry this answer's nonce (Next.js adds it to its own tags when
 * it finds it in the request's policy; we add it to the few inline scripts we write) or when a script that
 * did loaded them ('strict-dynamic': Next.js's chunks). No 'unsafe-inline' for scripts, so an injected
 * <script> or onclick= does nothing.
 *
 * Styles keep 'unsafe-inline': pages set style= attributes (sizes of photo boxes, progress bars), which a
 * nonce cannot cover, and `next dev` injects <style> tags. Injected CSS cannot run code; the script policy is
 * what stops XSS.
 *
 * form-action 'self' is enough for card payment: checkout posts to our own /checkout/actions, which redirects
 * to our own confirmation page; Stripe's hosted page is reached from there by a link, which form-action does
 * not govern.
 */
export function pageContentSecurityPolicy(s: SecuritySettings, nonce: string): string {
  const script = [
    "'self'",
    `'nonce-${nonce}'`,
    "'strict-dynamic'",
    ...(s.development ? ["'unsafe-eval'"] : []),
  ];
  return [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src ${["'self'", "data:", "blob:", ...s.imageOrigins].join(" ")}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * True when the answer travels over https: the app's public URL is https, or the proxy in front says the
 * request came over https. Browsers ignore HSTS received over plain http, so a forged X-Forwarded-Proto on
 * an http request cannot pin anything.
 */
export function servedOverHttps(s: SecuritySettings, forwardedProto: string | null | undefined): boolean {
  if (s.publicUrl.startsWith("https://")) return true;
  return forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}

/** What every answer carries, page, API, script file or photo: everything but the Content-Security-Policy. */
export function commonSecurityHeaders(
  s: SecuritySettings,
  forwardedProto?: string | null,
): Record<string, string> {
  return {
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    // Farmers photograph produce from the dashboard; the storefront asks for no device at all.
    "permissions-policy": `camera=(${s.app === "dashboard" ? "self" : ""}), microphone=(), geolocation=(), payment=()`,
    // frame-ancestors says the same to current browsers; this is for the old ones on cheap phones.
    "x-frame-options": "DENY",
    ...(servedOverHttps(s, forwardedProto)
      ? { "strict-transport-security": "max-age=31536000; includeSubDomains" }
      : {}),
  };
}

export function pageSecurityHeaders(
  s: SecuritySettings,
  nonce: string,
  forwardedProto?: string | null,
): Record<string, string> {
  return {
    ...commonSecurityHeaders(s, forwardedProto),
    "content-security-policy": pageContentSecurityPolicy(s, nonce),
  };
}

export function apiSecurityHeaders(
  s: SecuritySettings,
  forwardedProto?: string | null,
): Record<string, string> {
  return {
    ...commonSecurityHeaders(s, forwardedProto),
    "content-security-policy": API_CONTENT_SECURITY_POLICY,
  };
}

const settingsByApp = new Map<SecuredApp, SecuritySettings>();

/**
 * For an app's proxy.ts: a fresh nonce, the request headers to hand on to Next.js (the policy, from which
 * Next.js takes the nonce for its own scripts, and NONCE_HEADER for ours), and `secure(response)`, which puts
 * the page headers on the answer. Settings are read from the environment once per process.
 */
export function securePageRequest(app: SecuredApp, headers: Headers) {
  const s = settingsByApp.get(app) ?? securitySettingsFromEnv(app);
  settingsByApp.set(app, s);
  const nonce = createNonce();
  const answer = pageSecurityHeaders(s, nonce, headers.get("x-forwarded-proto"));
  const requestHeaders = new Headers(headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("content-security-policy", answer["content-security-policy"]!);
  return {
    nonce,
    requestHeaders,
    secure<T extends { headers: Headers }>(response: T): T {
      for (const [name, value] of Object.entries(answer)) response.headers.set(name, value);
      return response;
    },
  };
}
