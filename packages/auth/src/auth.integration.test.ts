import { createDb } from "@cho-phien/db";
import { normalizeVnPhone } from "@cho-phien/validators/phone";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, getAuth } from "./auth";
import { getSessionUser } from "./session";
import { callAuth, captureOtps } from "./test/auth-http";

const db = createDb(process.env.DATABASE_URL, 3);
const codes = captureOtps();

// Unique phones and client IPs per test: the tests share one database and better-auth's own per-IP limits.
let n = 0;
function phone() {
  n += 1;
  const local = `0912${String(n).padStart(6, "0")}`; // 0912000001 …
  return {
    typed: `${local.slice(0, 4)} ${local.slice(4, 7)} ${local.slice(7)}`, // "0912 000 001", as people type it
    e164: `+84${local.slice(1)}`,
  };
}
let ipCounter = 0;
const ip = () => `203.0.113.${++ipCounter}`;

const sessionHeaders = (cookie: string) => new Headers({ cookie });

async function signInByOtp(typed: string, clientIp = ip()) {
  const sent = await callAuth(getAuth(), "/phone-number/send-otp", { phoneNumber: typed }, { ip: clientIp });
  expect(sent.status).toBe(200);
  const code = codes.get(normalizeVnPhone(typed)!);
  expect(code).toMatch(/^\d{6}$/);
  return callAuth(getAuth(), "/phone-number/verify", { phoneNumber: typed, code }, { ip: clientIp });
}

beforeAll(async () => {
  await db.$connect();
});
afterAll(async () => {
  await db.$disconnect();
});

describe("phone + one-time code", () => {
  it("signs a new farmer in with a code sent to '0912 345 678' and stores the phone as E.164", async () => {
    const p = phone();
    const clientIp = ip();
    const sent = await callAuth(
      getAuth(),
      "/phone-number/send-otp",
      { phoneNumber: p.typed },
      { ip: clientIp },
    );
    expect(sent.status).toBe(200);
    const code = codes.get(p.e164);
    expect(code, "the code reaches the OTP sender under the E.164 number").toMatch(/^\d{6}$/);

    // Typed differently at verification (no spaces, +84): still the same number.
    const verified = await callAuth(
      getAuth(),
      "/phone-number/verify",
      { phoneNumber: p.e164.replace("+", ""), code, role: "admin" },
      { ip: clientIp },
    );
    expect(verified.status).toBe(200);
    expect(verified.cookie).toMatch(/chophien\.session_token=/);

    const user = await getSessionUser(sessionHeaders(verified.cookie));
    expect(user).toMatchObject({ role: "buyer", phoneNumber: p.e164, name: p.e164.replace("+84", "0") });

    // The session is a row in Postgres, not memory; a second instance accepts the same cookie.
    expect(await db.session.count({ where: { userId: user!.id } })).toBe(1);
    const other = createAuth();
    const again = await other.api.getSession({ headers: sessionHeaders(verified.cookie) });
    expect(again?.user.id).toBe(user!.id);
    expect(await db.user.count({ where: { phoneNumber: p.e164 } })).toBe(1);
  });

  it("accepts a code typed with a space ('123 456')", async () => {
    const p = phone();
    const clientIp = ip();
    await callAuth(getAuth(), "/phone-number/send-otp", { phoneNumber: p.typed }, { ip: clientIp });
    const code = codes.get(p.e164)!;
    const spaced = `${code.slice(0, 3)} ${code.slice(3)}`;
    const res = await callAuth(
      getAuth(),
      "/phone-number/verify",
      { phoneNumber: p.typed, code: spaced },
      { ip: clientIp },
    );
    expect(res.status).toBe(200);
  });

  it("signs an existing user back in without creating a second account", async () => {
    const p = phone();
    const first = await signInByOtp(p.typed);
    const second = await signInByOtp(p.e164);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(await db.user.count({ where: { phoneNumber: p.e164 } })).toBe(1);
  });

  it("refuses the right code after 3 wrong ones, in Vietnamese", async () => {
    const p = phone();
    const clientIp = ip();
    await callAuth(getAuth(), "/phone-number/send-otp", { phoneNumber: p.typed }, { ip: clientIp });
    const code = codes.get(p.e164)!;
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 3; i++) {
      const res = await callAuth(
        getAuth(),
        "/phone-number/verify",
        { phoneNumber: p.typed, code: wrong },
        { ip: clientIp },
      );
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        code: "INVALID_OTP",
        message: expect.stringContaining("Mã xác thực không đúng"),
      });
    }
    const res = await callAuth(
      getAuth(),
      "/phone-number/verify",
      { phoneNumber: p.typed, code },
      { ip: clientIp },
    );
    expect(res.status).toBe(403);
    expect(res.body.code).toBe("TOO_MANY_ATTEMPTS");
    expect(res.body.message).toContain("sai mã 3 lần");
    expect(res.cookie).toBe("");
    expect(await db.user.count({ where: { phoneNumber: p.e164 } })).toBe(0);
  });

  it("refuses an expired code", async () => {
    const p = phone();
    const clientIp = ip();
    await callAuth(getAuth(), "/phone-number/send-otp", { phoneNumber: p.typed }, { ip: clientIp });
    const code = codes.get(p.e164)!;
    const row = await db.verification.findFirst({ where: { identifier: `phone-number-otp-${p.e164}` } });
    // Issued for 300 s.
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBeGreaterThan(295_000);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBeLessThanOrEqual(301_000);
    await db.verification.updateMany({
      where: { identifier: `phone-number-otp-${p.e164}` },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const res = await callAuth(
      getAuth(),
      "/phone-number/verify",
      { phoneNumber: p.typed, code },
      { ip: clientIp },
    );
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: "OTP_EXPIRED", message: expect.stringContaining("hết hạn") });
    expect(res.cookie).toBe("");
  });

  it("refuses a 4th code request for one phone within 10 minutes, across two auth instances", async () => {
    const p = phone();
    const a = getAuth();
    const b = createAuth(); // another app instance: only the database is shared
    // Different client IPs: the limit is on the phone number.
    expect((await callAuth(a, "/phone-number/send-otp", { phoneNumber: p.typed }, { ip: ip() })).status).toBe(
      200,
    );
    expect((await callAuth(b, "/phone-number/send-otp", { phoneNumber: p.typed }, { ip: ip() })).status).toBe(
      200,
    );
    expect((await callAuth(a, "/phone-number/send-otp", { phoneNumber: p.e164 }, { ip: ip() })).status).toBe(
      200,
    );
    const third = codes.get(p.e164)!;

    const fourth = await callAuth(b, "/phone-number/send-otp", { phoneNumber: p.typed }, { ip: ip() });
    expect(fourth.status).toBe(429);
    expect(fourth.body).toMatchObject({
      code: "OTP_RATE_LIMITED",
      message: expect.stringContaining("10 phút"),
    });
    expect(codes.get(p.e164), "no new code was sent").toBe(third);

    // The refused request did not replace the code the farmer already has.
    const res = await callAuth(
      a,
      "/phone-number/verify",
      { phoneNumber: p.typed, code: third },
      { ip: ip() },
    );
    expect(res.status).toBe(200);
  });

  it("limits code requests per client IP across phones", async () => {
    const small = createAuth({
      otpLimits: { perPhone: { windowSeconds: 600, max: 3 }, perIp: { windowSeconds: 600, max: 2 } },
    });
    const clientIp = ip();
    expect(
      (await callAuth(small, "/phone-number/send-otp", { phoneNumber: phone().typed }, { ip: clientIp }))
        .status,
    ).toBe(200);
    expect(
      (await callAuth(small, "/phone-number/send-otp", { phoneNumber: phone().typed }, { ip: clientIp }))
        .status,
    ).toBe(200);
    const third = await callAuth(
      small,
      "/phone-number/send-otp",
      { phoneNumber: phone().typed },
      { ip: clientIp },
    );
    expect(third.status).toBe(429);
    expect(third.body.code).toBe("OTP_RATE_LIMITED");
    // Another client is unaffected.
    expect(
      (await callAuth(small, "/phone-number/send-otp", { phoneNumber: phone().typed }, { ip: ip() })).status,
    ).toBe(200);
  });

  it("answers invalid phone numbers with a Vietnamese message", async () => {
    for (const bad of ["12345", "0212 345 678", "abc", "+1 415 555 0100", ""]) {
      const res = await callAuth(getAuth(), "/phone-number/send-otp", { phoneNumber: bad }, { ip: ip() });
      expect(res.status, bad).toBe(400);
      expect(res.body).toMatchObject({
        code: "INVALID_PHONE_NUMBER",
        message: expect.stringContaining("Số điện thoại di động Việt Nam không hợp lệ"),
      });
    }
    const notString = await callAuth(
      getAuth(),
      "/phone-number/send-otp",
      { phoneNumber: 912345678 },
      { ip: ip() },
    );
    expect(notString.status).toBe(400);
    expect(notString.body.message).toMatch(/không hợp lệ/);
  });

  it("translates better-auth's own rate limiter to Vietnamese", async () => {
    const clientIp = ip();
    const p = phone();
    let last = { status: 0, body: {} as Record<string, unknown> };
    for (let i = 0; i < 11; i++) {
      last = await callAuth(
        getAuth(),
        "/phone-number/verify",
        { phoneNumber: p.typed, code: "000000" },
        { ip: clientIp },
      );
    }
    expect(last.status).toBe(429);
    expect(last.body.message).toMatch(/Vui lòng đợi \d+ giây/);
  });
});

describe("phone + password", () => {
  it("signs in with the password set after an OTP sign-in, and refuses a wrong one", async () => {
    const p = phone();
    const otp = await signInByOtp(p.typed);
    expect(otp.status).toBe(200);
    await getAuth().api.setPassword({
      body: { newPassword: "ot-chao-mao-2026" },
      headers: sessionHeaders(otp.cookie),
    });

    const clientIp = ip();
    const ok = await callAuth(
      getAuth(),
      "/sign-in/phone-number",
      { phoneNumber: p.typed, password: "ot-chao-mao-2026" },
      { ip: clientIp },
    );
    expect(ok.status).toBe(200);
    const user = await getSessionUser(sessionHeaders(ok.cookie));
    expect(user).toMatchObject({ phoneNumber: p.e164, role: "buyer" });

    const wrong = await callAuth(
      getAuth(),
      "/sign-in/phone-number",
      { phoneNumber: p.typed, password: "sai-mat-khau" },
      { ip: clientIp },
    );
    expect(wrong.status).toBe(401);
    expect(wrong.body.message).toBe("Số điện thoại hoặc mật khẩu không đúng.");

    const unknown = await callAuth(
      getAuth(),
      "/sign-in/phone-number",
      { phoneNumber: "0987 654 321", password: "whatever-123" },
      { ip: clientIp },
    );
    expect(unknown.status).toBe(401);
    expect(unknown.body.message, "no hint whether the number has an account").toBe(wrong.body.message);
  });

  it("locks password sign-in for an account after 5 wrong passwords, from any IP, and never the OTP route", async () => {
    const p = phone();
    const otp = await signInByOtp(p.typed);
    await getAuth().api.setPassword({
      body: { newPassword: "mat-ong-rung-2026" },
      headers: sessionHeaders(otp.cookie),
    });
    const tryPassword = (password: string) =>
      // A new client address every time: rotating addresses must not reset the account's count.
      callAuth(getAuth(), "/sign-in/phone-number", { phoneNumber: p.typed, password }, { ip: ip() });

    // A success clears earlier failures: 4 wrong, 1 right, 4 wrong is still not locked.
    for (let i = 0; i < 4; i++) expect((await tryPassword(`sai-${i}-mat-khau`)).status).toBe(401);
    expect((await tryPassword("mat-ong-rung-2026")).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await tryPassword(`sai-${i}-mat-khau`)).status).toBe(401);
    expect((await tryPassword("sai-5-mat-khau")).status).toBe(401);

    // Fifth failure in a row: now even the right password is refused, in Vietnamese, with a Retry-After.
    const locked = await tryPassword("mat-ong-rung-2026");
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe("SIGN_IN_LOCKED");
    expect(locked.body.message).toContain("tạm khoá 15 phút");
    // The owner can still sign in with a code sent to their phone.
    expect((await signInByOtp(p.typed)).status).toBe(200);
  });

  it("does not offer e-mail sign-up, which could claim a phone account's placeholder e-mail", async () => {
    const res = await callAuth(
      getAuth(),
      "/sign-up/email",
      { email: "84912999999@phone.chophien.vn", password: "12345678", name: "x" },
      { ip: ip() },
    );
    expect(res.status).toBe(404);
    expect(await db.user.count({ where: { email: "84912999999@phone.chophien.vn" } })).toBe(0);
  });
});

describe("sessions", () => {
  it("signs out by deleting the session row", async () => {
    const p = phone();
    const { cookie } = await signInByOtp(p.typed);
    expect(await getSessionUser(sessionHeaders(cookie))).not.toBeNull();
    const out = await callAuth(getAuth(), "/sign-out", {}, { ip: ip(), cookie });
    expect(out.status).toBe(200);
    expect(await getSessionUser(sessionHeaders(cookie))).toBeNull();
  });

  it("locks a banned user out: existing sessions stop working and new sign-ins are refused", async () => {
    const p = phone();
    const { cookie } = await signInByOtp(p.typed);
    await db.user.update({ where: { phoneNumber: p.e164 }, data: { banned: true } });
    expect(await getSessionUser(sessionHeaders(cookie))).toBeNull();
    const res = await signInByOtp(p.typed);
    expect(res.status).toBe(403);
    expect(res.body.message).toContain("đã bị khoá");
    expect(res.cookie).toBe("");
  });

  it("refuses cookie-carrying requests from an untrusted origin (CSRF)", async () => {
    const { cookie } = await signInByOtp(phone().typed);
    const res = await callAuth(
      getAuth(),
      "/sign-out",
      {},
      { ip: ip(), cookie, origin: "https://evil.example" },
    );
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/Chợ Phiên/);
    expect(await getSessionUser(sessionHeaders(cookie))).not.toBeNull();
    // The dashboard's origin is trusted like the storefront's: one session for both apps.
    const fromDashboard = await callAuth(
      getAuth(),
      "/sign-out",
      {},
      { ip: ip(), cookie, origin: "http://localhost:3001" },
    );
    expect(fromDashboard.status).toBe(200);
  });
});
