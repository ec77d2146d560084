import { describe, expect, it } from "vitest";
import {
  API_CONTENT_SECURITY_POLICY,
  apiSecurityHeaders,
  createNonce,
  NONCE_HEADER,
  pageSecurityHeaders,
  securePageRequest,
  securitySettingsFromEnv,
} from "./security-headers";

const local = { STOREFRONT_URL: "http://localhost:3000", DASHBOARD_URL: "http://localhost:3001" };
const live = { STOREFRONT_URL: "https://chophien.vn", DASHBOARD_URL: "https://quanly.chophien.vn" };

describe("security headers", () => {
  it("lets a storefront page run only scripts carrying this answer's nonce, and nothing frame it", () => {
    const s = securitySettingsFromEnv("storefront", { ...local, NODE_ENV: "production" });
    expect(pageSecurityHeaders(s, "abc123==")).toEqual({
      "content-security-policy":
        "default-src 'self'; script-src 'self' 'nonce-abc123==' 'strict-dynamic'; " +
        "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
      "x-frame-options": "DENY",
    });
  });

  it("lets the dashboard use the camera and show photos served by the storefront", () => {
    const s = securitySettingsFromEnv("dashboard", { ...live, NODE_ENV: "production" });
    const h = pageSecurityHeaders(s, "n0nce");
    expect(h["permissions-policy"]).toBe("camera=(self), microphone=(), geolocation=(), payment=()");
    expect(h["content-security-policy"]).toContain("; img-src 'self' data: blob: https://chophien.vn;");
    expect(h["content-security-policy"]).toContain("script-src 'self' 'nonce-n0nce' 'strict-dynamic';");
  });

  it("allows eval only under next dev", () => {
    const policy = (NODE_ENV: string) =>
      pageSecurityHeaders(securitySettingsFromEnv("storefront", { ...local, NODE_ENV }), "n")[
        "content-security-policy"
      ];
    expect(policy("development")).toContain("script-src 'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval';");
    expect(policy("production")).not.toContain("unsafe-eval");
    expect(policy("test")).not.toContain("unsafe-eval");
    // Inline scripts stay nonce-only even in development.
    for (const env of ["development", "production"]) {
      expect(/script-src [^;]*/.exec(policy(env))?.[0]).not.toContain("unsafe-inline");
    }
  });

  it("pins https (HSTS) when the public URL is https or the proxy in front says the request was", () => {
    const hsts = "max-age=31536000; includeSubDomains";
    const https = securitySettingsFromEnv("dashboard", live);
    const http = securitySettingsFromEnv("dashboard", local);
    expect(apiSecurityHeaders(https)["strict-transport-security"]).toBe(hsts);
    expect(apiSecurityHeaders(http)["strict-transport-security"]).toBeUndefined();
    expect(apiSecurityHeaders(http, "https")["strict-transport-security"]).toBe(hsts);
    expect(apiSecurityHeaders(http, "https, http")["strict-transport-security"]).toBe(hsts);
    expect(apiSecurityHeaders(http, "http")["strict-transport-security"]).toBeUndefined();
  });

  it("gives JSON answers a policy that loads nothing, with the same other headers as pages", () => {
    const s = securitySettingsFromEnv("storefront", live);
    expect(apiSecurityHeaders(s)).toEqual({
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
      "x-frame-options": "DENY",
      "strict-transport-security": "max-age=31536000; includeSubDomains",
    });
    expect(API_CONTENT_SECURITY_POLICY).not.toContain("nonce");
  });

  it("makes a new unguessable nonce for every page", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/); // 16 random bytes
  });

  it("hands Next.js the policy and the nonce on the request, and puts the same policy on the answer", () => {
    const incoming = new Headers({ cookie: "a=b", "x-forwarded-proto": "https" });
    const { nonce, requestHeaders, secure } = securePageRequest("storefront", incoming);
    expect(requestHeaders.get(NONCE_HEADER)).toBe(nonce);
    expect(requestHeaders.get("content-security-policy")).toContain(`'nonce-${nonce}'`);
    expect(requestHeaders.get("cookie")).toBe("a=b");
    expect(incoming.has(NONCE_HEADER)).toBe(false);

    const response = secure(new Response("page"));
    expect(response.headers.get("content-security-policy")).toBe(
      requestHeaders.get("content-security-policy"),
    );
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("strict-transport-security")).toMatch(/^max-age=31536000/);
    expect(securePageRequest("storefront", incoming).nonce).not.toBe(nonce);
  });
});
