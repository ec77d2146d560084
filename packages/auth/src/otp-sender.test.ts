import { startFakeEsms } from "@cho-phien/messaging/testing/fake-esms";
import { startFakeZns } from "@cho-phien/messaging/testing/fake-zns";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readAuthEnv } from "./env";
import { createOtpSender, logOtpSender } from "./otp-sender";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

function captureLog(): string[] {
  const lines: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void lines.push(args.join(" ")));
  return lines;
}

describe("the log OTP sender", () => {
  it("prints neither the code nor the phone number in production", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const lines = captureLog();
    await logOtpSender.send("+84912345678", "482913");
    expect(lines.join("\n")).not.toMatch(/482913|912345678|912 345 678/);
    expect(lines.join("\n")).toContain("09•• ••• 678");
    expect(lines.join("\n")).toContain("code hidden");
  });

  it("prints both in development, where the sign-in flow reads the code from the terminal", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const lines = captureLog();
    await logOtpSender.send("+84912345678", "482913");
    expect(lines.join("\n")).toContain("482913");
    expect(lines.join("\n")).toContain("+84912345678");
  });
});

describe("OTP by eSMS", () => {
  it("texts the code to the number, unaccented, through the configured brandname", async () => {
    const fake = await startFakeEsms();
    try {
      await createOtpSender(readAuthEnv(fake.env())).send("+84912345678", "482913");
      expect(fake.delivered).toHaveLength(1);
      expect(fake.delivered[0]).toMatchObject({ phone: "0912345678", brandname: "CHOPHIEN", isUnicode: "0" });
      expect(fake.delivered[0].content).toContain("482913");
    } finally {
      await fake.close();
    }
  });

  it("tries once more, with the same request id, when the gateway does not answer in time", async () => {
    const fake = await startFakeEsms();
    try {
      fake.hangNext(1);
      await createOtpSender(readAuthEnv(fake.env()), { timeoutMs: 300 }).send("+84912345678", "482913");
      expect(fake.requests.map((r) => r.answered)).toEqual(["hung", "accepted"]);
      expect(fake.requests[0].body?.RequestId).toBe(fake.requests[1].body?.RequestId);
      expect(fake.delivered).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });

  it("gives up after the second timeout, and does not retry a refusal at all", async () => {
    const fake = await startFakeEsms();
    try {
      const sender = createOtpSender(readAuthEnv(fake.env()), { timeoutMs: 300 });
      fake.hangNext(2);
      const started = Date.now();
      await expect(sender.send("+84912345678", "482913")).rejects.toMatchObject({ kind: "timeout" });
      expect(Date.now() - started).toBeLessThan(2000);
      fake.failNext(1);
      const refused = await sender.send("+84912345678", "482913").catch((e: Error) => e);
      expect(refused).toMatchObject({ kind: "provider" });
      expect((refused as Error).message).not.toMatch(/482913|912345678/);
      expect(fake.requests.map((r) => r.answered)).toEqual(["hung", "hung", "refused"]);
    } finally {
      await fake.close();
    }
  });
});

describe("OTP by Zalo ZNS", () => {
  it("sends the OTP template with the code as its `otp` parameter", async () => {
    const fake = await startFakeZns();
    try {
      await createOtpSender(readAuthEnv(fake.env())).send("+84912345678", "482913");
      expect(fake.delivered).toMatchObject([
        { phone: "84912345678", templateId: "300001", templateData: { otp: "482913" } },
      ]);
    } finally {
      await fake.close();
    }
  });
});

describe("choosing the sender", () => {
  it("refuses to build a half-configured provider, naming what is missing", () => {
    expect(() => createOtpSender(readAuthEnv({ MESSAGE_PROVIDER: "zns" }))).toThrow(
      /ZNS_ACCESS_TOKEN is not set/,
    );
    expect(createOtpSender(readAuthEnv({}))).toBe(logOtpSender);
  });
});
