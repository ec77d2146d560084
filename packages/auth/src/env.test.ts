import { describe, expect, it } from "vitest";
import { authProductionProblems, DEV_AUTH_SECRET, readAuthEnv, useSecureCookies } from "./env";

const ZNS_COMPLETE = {
  MESSAGE_PROVIDER: "zns",
  ZNS_ACCESS_TOKEN: "token",
  ZNS_OTP_TEMPLATE_ID: "300001",
  ZNS_ORDER_TEMPLATE_ID: "300002",
};

describe("sign-in settings", () => {
  it("mark session cookies Secure exactly when the public site is https", () => {
    expect(useSecureCookies(readAuthEnv({ STOREFRONT_URL: "https://chophien.vn" }))).toBe(true);
    expect(useSecureCookies(readAuthEnv({ STOREFRONT_URL: "http://localhost:3000" }))).toBe(false);
    expect(useSecureCookies(readAuthEnv({}))).toBe(false);
  });

  it("find nothing wrong with a real secret and a real sender", () => {
    expect(authProductionProblems(readAuthEnv({ AUTH_SECRET: "s".repeat(32), ...ZNS_COMPLETE }))).toEqual([]);
    expect(
      authProductionProblems(
        readAuthEnv({
          AUTH_SECRET: "s".repeat(32),
          MESSAGE_PROVIDER: "esms",
          ESMS_API_KEY: "k",
          ESMS_SECRET_KEY: "s",
          ESMS_BRANDNAME: "CHOPHIEN",
        }),
      ),
    ).toEqual([]);
  });

  it("refuse a half-configured provider, naming each missing setting", () => {
    expect(
      authProductionProblems(
        readAuthEnv({ AUTH_SECRET: "s".repeat(32), MESSAGE_PROVIDER: "esms", ESMS_API_KEY: "k" }),
      ),
    ).toEqual([
      "MESSAGE_PROVIDER is esms but ESMS_SECRET_KEY is not set",
      "MESSAGE_PROVIDER is esms but ESMS_BRANDNAME is not set",
    ]);
    expect(
      authProductionProblems(
        readAuthEnv({
          AUTH_SECRET: "s".repeat(32),
          ...ZNS_COMPLETE,
          ZNS_ACCESS_TOKEN: "",
          ZNS_ORDER_TEMPLATE_ID: "",
        }),
      ),
    ).toEqual([
      "MESSAGE_PROVIDER is zns but ZNS_ACCESS_TOKEN is not set",
      "MESSAGE_PROVIDER is zns but ZNS_ORDER_TEMPLATE_ID is not set",
    ]);
  });

  it("refuse a provider address that is not a URL, at start in any mode", () => {
    expect(() => readAuthEnv({ ESMS_API_URL: "rest.esms.vn" })).toThrow(/ESMS_API_URL/);
  });

  it("count the secret's length in bytes, and refuse the development fallback however long it is", () => {
    // 11 Vietnamese letters of 3 bytes each = 33 bytes: long enough, though only 11 characters.
    expect(
      authProductionProblems(readAuthEnv({ AUTH_SECRET: "ệ".repeat(11), ALLOW_LOG_SENDER: "1" })),
    ).toEqual([]);
    expect(
      authProductionProblems(readAuthEnv({ AUTH_SECRET: DEV_AUTH_SECRET, ALLOW_LOG_SENDER: "1" })),
    ).toHaveLength(1);
  });
});
