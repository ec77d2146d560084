import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMessagingEnv } from "./env";
import { createEsmsClient, esmsClientFromEnv } from "./esms-client";
import { MessagingError } from "./messaging-error";
import { type FakeEsms, startFakeEsms } from "./testing/fake-esms";

let fake: FakeEsms;
beforeAll(async () => {
  fake = await startFakeEsms();
});
afterAll(() => fake.close());

const PHONE = "+84912345678";
const client = () => esmsClientFromEnv(readMessagingEnv(fake.env()), { timeoutMs: 500 });

async function failure(p: Promise<unknown>): Promise<MessagingError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(MessagingError);
  return e as MessagingError;
}

describe("eSMS brandname SMS", () => {
  it("delivers the text to the local number with our keys, brandname, customer-care type and request id", async () => {
    const before = fake.delivered.length;
    const sent = await client().send({
      phoneE164: PHONE,
      content: "Ma dang nhap Cho Phien cua ban la 123456",
      requestId: "msg-1",
    });
    expect(fake.delivered.slice(before)).toEqual([
      {
        smsId: sent.smsId,
        phone: "0912345678",
        content: "Ma dang nhap Cho Phien cua ban la 123456",
        brandname: "CHOPHIEN",
        smsType: "2",
        isUnicode: "0",
        requestId: "msg-1",
      },
    ]);
    expect(fake.requests.at(-1)?.body).toMatchObject({
      ApiKey: "fake-esms-api-key",
      SecretKey: "fake-esms-secret-key",
    });
  });

  it("marks text with Vietnamese letters as Unicode", async () => {
    await client().send({
      phoneE164: PHONE,
      content: "Chợ Phiên: đơn CP1 đã giao",
      requestId: "msg-unicode",
    });
    expect(fake.delivered.at(-1)).toMatchObject({ isUnicode: "1", content: "Chợ Phiên: đơn CP1 đã giao" });
  });

  it("texts once when the same request id is sent twice (a retry after a lost answer)", async () => {
    const before = fake.delivered.length;
    const a = await client().send({ phoneE164: PHONE, content: "hello", requestId: "msg-twice" });
    const b = await client().send({ phoneE164: PHONE, content: "hello", requestId: "msg-twice" });
    expect(b.smsId).toBe(a.smsId);
    expect(fake.delivered.length - before).toBe(1);
  });

  it("throws a provider error on a refusal, naming the code but not the phone or the code sent", async () => {
    fake.failNext(1, { kind: "provider", code: "99", message: "Phone 0912345678 rejected, content 654321" });
    const e = await failure(
      client().send({ phoneE164: PHONE, content: "Ma cua ban la 654321", requestId: "x1" }),
    );
    expect(e.kind).toBe("provider");
    expect(e.providerCode).toBe("99");
    expect(e.message).toContain("CodeResult 99");
    expect(e.message).not.toMatch(/0912345678|912345678|654321/);
  });

  it("is refused with wrong keys (CodeResult 101)", async () => {
    const wrong = createEsmsClient({ apiUrl: fake.url, apiKey: "k", secretKey: "s", brandname: "CHOPHIEN" });
    const e = await failure(wrong.send({ phoneE164: PHONE, content: "x", requestId: "x2" }));
    expect(e).toMatchObject({ kind: "provider", providerCode: "101" });
  });

  it("throws an HTTP error when the gateway answers 503", async () => {
    fake.failNext(1, { kind: "http", status: 503 });
    const e = await failure(client().send({ phoneE164: PHONE, content: "x", requestId: "x3" }));
    expect(e.kind).toBe("http");
    expect(e.message).toContain("HTTP 503");
  });

  it("gives up on a gateway that never answers, within its timeout", async () => {
    fake.hangNext(1);
    const started = Date.now();
    const e = await failure(client().send({ phoneE164: PHONE, content: "Ma 111222", requestId: "x4" }));
    const took = Date.now() - started;
    expect(e.kind).toBe("timeout");
    expect(e.message).not.toContain("111222");
    expect(took).toBeGreaterThanOrEqual(450);
    expect(took).toBeLessThan(3000);
  });

  it("says which setting is missing instead of sending half-configured", () => {
    expect(() =>
      esmsClientFromEnv(readMessagingEnv({ MESSAGE_PROVIDER: "esms", ESMS_API_KEY: "k" })),
    ).toThrow(
      "MESSAGE_PROVIDER is esms but ESMS_SECRET_KEY is not set; MESSAGE_PROVIDER is esms but ESMS_BRANDNAME is not set",
    );
  });
});
