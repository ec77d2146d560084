import { createDb } from "@cho-phien/db";
import { type FakeEsms, startFakeEsms } from "@cho-phien/messaging/testing/fake-esms";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getAuth } from "./auth";
import { setOtpSender } from "./otp-sender";
import { getSessionUser } from "./session";
import { callAuth } from "./test/auth-http";

// MESSAGE_PROVIDER=esms pointed at the fake gateway: the code travels over real HTTP, as it would to eSMS,
// and the test reads it from what the "phone" received, not from a hook inside our code.
const db = createDb(process.env.DATABASE_URL, 2);
let fake: FakeEsms;

beforeAll(async () => {
  fake = await startFakeEsms();
  for (const [k, v] of Object.entries(fake.env())) vi.stubEnv(k, v);
  setOtpSender(null); // the configured one, built from the environment above
});
afterAll(async () => {
  vi.unstubAllEnvs();
  setOtpSender(null);
  await fake.close();
  await db.$disconnect();
});

let n = 0;
function phone() {
  n += 1;
  const local = `0913${String(n).padStart(6, "0")}`;
  return { local, e164: `+84${local.slice(1)}` };
}
const ip = () => `198.51.100.${n}`;

describe("one-time codes by eSMS", () => {
  it("texts the code to the farmer's phone, and that code signs them in", async () => {
    const p = phone();
    const clientIp = ip();
    const sent = await callAuth(
      getAuth(),
      "/phone-number/send-otp",
      { phoneNumber: p.local },
      { ip: clientIp },
    );
    expect(sent.status).toBe(200);

    const sms = fake.delivered.filter((m) => m.phone === p.local);
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({ brandname: "CHOPHIEN", smsType: "2", isUnicode: "0" });
    const code = /\b(\d{6})\b/.exec(sms[0].content)?.[1];
    expect(code, "the SMS carries a 6-digit code").toBeDefined();

    const verified = await callAuth(
      getAuth(),
      "/phone-number/verify",
      { phoneNumber: p.local, code },
      { ip: clientIp },
    );
    expect(verified.status).toBe(200);
    const user = await getSessionUser(new Headers({ cookie: verified.cookie }));
    expect(user?.phoneNumber).toBe(p.e164);
  });

  it("answers in Vietnamese, with no code in it, when the gateway refuses the message", async () => {
    const p = phone();
    fake.failNext(1);
    const before = fake.delivered.length;
    const sent = await callAuth(getAuth(), "/phone-number/send-otp", { phoneNumber: p.local }, { ip: ip() });
    expect(sent.status).toBeGreaterThanOrEqual(500);
    expect(sent.body.message).toMatch(/Hệ thống đang bận/);
    expect(JSON.stringify(sent.body)).not.toMatch(/\d{6}/);
    expect(fake.delivered.length).toBe(before);
  });
});
