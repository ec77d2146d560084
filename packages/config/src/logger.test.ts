import { describe, expect, it } from "vitest";
import { withLogContext } from "./log-context";
import { scrubPhoneNumbers } from "./log-redaction";
import { createLogger, type LoggerOptions, logLevelFromEnv } from "./logger";

/** A logger writing into an array: each entry one parsed JSON line, plus the raw text of all of them. */
function capture(opts: LoggerOptions) {
  const raw: string[] = [];
  const log = createLogger({ level: "info", ...opts, destination: { write: (s: string) => raw.push(s) } });
  return { log, text: () => raw.join(""), lines: () => raw.map((l) => JSON.parse(l)) };
}

const PHONE = "+84912345678";

/** What a careless call site logs: an order's address and a sign-in input in fields, a phone in the message. */
function logCarelessly(log: ReturnType<typeof capture>["log"]) {
  log.info(
    {
      buyerPhone: PHONE,
      input: { phoneNumber: "0912345678", code: "482913" },
      order: { address: { street: "12 Lê Lợi", ward: "Phường 1" }, recipientName: "Nguyễn Thị Lan" },
      headers: { cookie: "cho-phien.session=abc", authorization: "Bearer x" },
      err: { code: "P2002" },
    },
    `order placed by 0912 345 678 (${PHONE}), SĐT: 0912.345.678`,
  );
  log.error(new Error(`duplicate key (phone)=(${PHONE})`), "insert failed");
}

describe("production logs", () => {
  it("redact phone numbers, one-time codes and addresses, in fields and in the message", () => {
    const out = capture({ production: true });
    logCarelessly(out.log);
    const text = out.text();
    for (const secret of ["912345678", "912 345 678", "912.345.678", "482913", "Lê Lợi", "Phường 1", "Lan"]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain("session=abc");
    expect(text).not.toContain("Bearer");
    const [placed, failed] = out.lines();
    expect(placed.msg).toBe("order placed by [phone] ([phone]), SĐT: [phone]");
    expect(placed.buyerPhone).toBe("[redacted]");
    expect(placed.input).toEqual({ phoneNumber: "[redacted]", code: "[redacted]" });
    expect(placed.order).toEqual({ address: "[redacted]", recipientName: "[redacted]" });
    // An error's code is what the line is read for: not a one-time code.
    expect(placed.err.code).toBe("P2002");
    expect(failed.err.message).toBe("duplicate key (phone)=([phone])");
    expect(failed.err.stack).not.toContain("912345678");
  });

  it("redact personal keys at any depth and inside lists, without touching the caller's objects", () => {
    const out = capture({ production: true });
    const checkout = { orders: [{ shipment: { to: { recipientName: "Lan", ward: "Phường 1" } } }] };
    out.log.info({ checkout }, "checkout placed");
    expect(out.lines()[0].checkout).toEqual({
      orders: [{ shipment: { to: { recipientName: "[redacted]", ward: "[redacted]" } } }],
    });
    expect(checkout.orders[0]!.shipment.to.recipientName).toBe("Lan");
  });

  it("leave ids, times, amounts and already-masked numbers alone", () => {
    const out = capture({ production: true });
    const ids = {
      reqId: "3f2a0912-3456-7890-abcd-0912345678ab",
      outboxId: "cm40912345678xyz",
      totalVnd: 84912345678,
      masked: "09•• ••• 678",
    };
    out.log.info(ids, "outbox message sent");
    expect(out.lines()[0]).toMatchObject(ids);
  });

  it("scrub a phone number in a logged URL, percent-encoded", () => {
    expect(scrubPhoneNumbers("/x?input=%7B%22phone%22%3A%220912345678%22%7D&to=%2B84912345678")).toBe(
      "/x?input=%7B%22phone%22%3A%22[phone]%22%7D&to=[phone]",
    );
  });

  it("scrub the phone number a phone account's placeholder e-mail is made of", () => {
    expect(scrubPhoneNumbers("no user 84912345678@phone.chophien.vn")).toBe(
      "no user [phone]@phone.chophien.vn",
    );
  });
});

describe("development logs", () => {
  it("keep every value readable", () => {
    const out = capture({ production: false });
    logCarelessly(out.log);
    const [placed, failed] = out.lines();
    expect(placed.msg).toBe(`order placed by 0912 345 678 (${PHONE}), SĐT: 0912.345.678`);
    expect(placed.buyerPhone).toBe(PHONE);
    expect(placed.input).toEqual({ phoneNumber: "0912345678", code: "482913" });
    expect(placed.order.address.street).toBe("12 Lê Lợi");
    expect(failed.err.message).toContain(PHONE);
  });
});

describe("every line", () => {
  it("names the service and carries the request or job it was written in", async () => {
    const out = capture({ service: "worker" });
    out.log.info("outside");
    await withLogContext({ jobId: "job-1", queue: "deliver-outbox" }, async () => {
      await withLogContext({ reqId: "req-12345678" }, async () => {
        await Promise.resolve();
        out.log.info("inside");
      });
    });
    const [outside, inside] = out.lines();
    expect(outside).toMatchObject({ level: "info", service: "worker", msg: "outside" });
    expect(outside).not.toHaveProperty("reqId");
    expect(inside).toMatchObject({ reqId: "req-12345678", jobId: "job-1", queue: "deliver-outbox" });
  });

  it("is at LOG_LEVEL, info by default, silent under Vitest unless LOG_LEVEL says otherwise", () => {
    expect(logLevelFromEnv({})).toBe("info");
    expect(logLevelFromEnv({ LOG_LEVEL: "debug" })).toBe("debug");
    expect(logLevelFromEnv({ LOG_LEVEL: "loud" })).toBe("info");
    expect(logLevelFromEnv({ VITEST: "true" })).toBe("silent");
    expect(logLevelFromEnv({ VITEST: "true", LOG_LEVEL: "warn" })).toBe("warn");
  });
});
