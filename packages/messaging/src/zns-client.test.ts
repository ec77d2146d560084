import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMessagingEnv } from "./env";
import { MessagingError } from "./messaging-error";
import { type FakeZns, startFakeZns } from "./testing/fake-zns";
import { createZnsClient, znsClientFromEnv } from "./zns-client";

let fake: FakeZns;
beforeAll(async () => {
  fake = await startFakeZns();
});
afterAll(() => fake.close());

const PHONE = "+84912345678";
const configured = () => znsClientFromEnv(readMessagingEnv(fake.env()), { timeoutMs: 500 });

async function failure(p: Promise<unknown>): Promise<MessagingError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(MessagingError);
  return e as MessagingError;
}

describe("Zalo ZNS template messages", () => {
  it("delivers the template with its data to 84… with our access token and tracking id", async () => {
    const { client, otpTemplateId } = configured();
    const sent = await client.send({
      phoneE164: PHONE,
      templateId: otpTemplateId,
      templateData: { otp: "123456" },
      trackingId: "otp-1",
    });
    expect(fake.delivered.at(-1)).toEqual({
      msgId: sent.msgId,
      phone: "84912345678",
      templateId: otpTemplateId,
      templateData: { otp: "123456" },
      trackingId: "otp-1",
    });
    expect(fake.requests.at(-1)?.accessToken).toBe("fake-zns-access-token");
  });

  it("throws a provider error when Zalo refuses, without the phone or the code in the message", async () => {
    const { client, otpTemplateId } = configured();
    fake.failNext(1, { kind: "provider", code: -32, message: "Quota exceeded for 84912345678 (otp 654321)" });
    const e = await failure(
      client.send({
        phoneE164: PHONE,
        templateId: otpTemplateId,
        templateData: { otp: "654321" },
        trackingId: "t",
      }),
    );
    expect(e).toMatchObject({ kind: "provider", providerCode: "-32" });
    expect(e.message).toContain("error -32");
    expect(e.message).not.toMatch(/912345678|654321/);
  });

  it("is refused with a wrong access token or data that does not fit the template", async () => {
    const wrong = createZnsClient({ apiUrl: fake.url, accessToken: "expired" });
    const { client, orderTemplateId } = configured();
    const data = { order_code: "CP1-1", message: "Chợ Phiên: đơn CP1-1 đã giao" };
    expect(
      await failure(
        wrong.send({ phoneE164: PHONE, templateId: orderTemplateId, templateData: data, trackingId: "t" }),
      ),
    ).toMatchObject({ providerCode: "-124" });
    expect(
      await failure(
        client.send({
          phoneE164: PHONE,
          templateId: orderTemplateId,
          templateData: { otp: "1" },
          trackingId: "t",
        }),
      ),
    ).toMatchObject({ kind: "provider" });
  });

  it("throws an HTTP error when Zalo answers 502", async () => {
    const { client, otpTemplateId } = configured();
    fake.failNext(1, { kind: "http", status: 502 });
    const e = await failure(
      client.send({
        phoneE164: PHONE,
        templateId: otpTemplateId,
        templateData: { otp: "1" },
        trackingId: "t",
      }),
    );
    expect(e).toMatchObject({ kind: "http" });
  });

  it("gives up on Zalo when it never answers, within its timeout", async () => {
    const { client, otpTemplateId } = configured();
    fake.hangNext(1);
    const started = Date.now();
    const e = await failure(
      client.send({
        phoneE164: PHONE,
        templateId: otpTemplateId,
        templateData: { otp: "777888" },
        trackingId: "t",
      }),
    );
    expect(e.kind).toBe("timeout");
    expect(e.message).not.toContain("777888");
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
