"use client";

import { safeLocalPath } from "@cho-phien/validators/safe-path";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { postAuth } from "./auth/post-auth";
import { SIGN_IN_TEXT, type SignInLocale } from "./auth/sign-in-text";

const RESEND_AFTER_SECONDS = 60;

// ≥ 48 px touch targets and 18 px text: thumbs on cheap phones, eyes that learned to read late.
const input =
  "block min-h-12 w-full rounded-lg border border-stone-400 bg-white px-3 text-lg text-stone-900 placeholder:text-stone-400 focus:border-green-700 focus:outline-none focus:ring-2 focus:ring-green-700/40";
const primary =
  "flex min-h-12 w-full items-center justify-center rounded-lg bg-green-700 px-4 text-lg font-semibold text-white hover:bg-green-800 disabled:cursor-wait disabled:opacity-70";
const link =
  "min-h-12 px-2 text-base font-medium text-green-800 underline underline-offset-4 disabled:text-stone-400 disabled:no-underline";

/**
 * Sign in with a phone number and a one-time code (texted by SMS/Zalo; logged by the server in development),
 * or with a phone number and password. Talks to better-auth's endpoints with plain fetch and shows the
 * server's Vietnamese message when something is refused. On success, a full page load of `redirectTo`
 * so server-rendered pages see the new session cookie.
 */
export function SignInForm({ redirectTo, locale = "vi" }: { redirectTo: string; locale?: SignInLocale }) {
  const t = SIGN_IN_TEXT[locale] ?? SIGN_IN_TEXT.vi;
  const id = useId();
  const [tab, setTab] = useState<"code" | "password">("code");
  const [phone, setPhone] = useState("");
  const [codeSent, setCodeSent] = useState(false);
  const [code, setCode] = useState("");
  const [password, setPassword] = useState("");
  const [showPassword, setShowPassword] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [resendIn, setResendIn] = useState(0);
  const codeRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (resendIn <= 0) return;
    const timer = setTimeout(() => setResendIn((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [resendIn]);

  useEffect(() => {
    if (codeSent) codeRef.current?.focus();
  }, [codeSent]);

  async function run(path: string, body: Record<string, unknown>): Promise<boolean> {
    setBusy(true);
    setError(null);
    const result = await postAuth(path, body, t.offline);
    setBusy(false);
    if (!result.ok) setError(result.message);
    return result.ok;
  }

  const finish = () => window.location.assign(safeLocalPath(redirectTo));

  async function sendCode(e?: FormEvent) {
    e?.preventDefault();
    if (!phone.trim()) return setError(t.phoneRequired);
    if (await run("/phone-number/send-otp", { phoneNumber: phone })) {
      setCodeSent(true);
      setCode("");
      setResendIn(RESEND_AFTER_SECONDS);
    }
  }

  async function verifyCode(e: FormEvent) {
    e.preventDefault();
    const digits = code.replace(/\D/g, "");
    if (digits.length !== 6) return setError(t.codeFormat);
    if (await run("/phone-number/verify", { phoneNumber: phone, code: digits })) finish();
  }

  async function signInWithPassword(e: FormEvent) {
    e.preventDefault();
    if (!phone.trim()) return setError(t.phoneRequired);
    if (!password) return setError(t.passwordRequired);
    if (await run("/sign-in/phone-number", { phoneNumber: phone, password })) finish();
  }

  function switchTab(next: "code" | "password") {
    setTab(next);
    setError(null);
  }

  const phoneField = (
    <div>
      <label htmlFor={`${id}-phone`} className="mb-1 block text-base font-semibold">
        {t.phone}
      </label>
      <input
        id={`${id}-phone`}
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        required
        maxLength={20}
        placeholder={t.phoneHint}
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
        className={input}
        aria-describedby={`${id}-phone-hint`}
      />
      <p id={`${id}-phone-hint`} className="mt-1 text-sm text-stone-600">
        {t.phoneHint}
      </p>
    </div>
  );

  const tabClass = (active: boolean) =>
    `min-h-12 flex-1 rounded-md px-2 text-base font-semibold ${
      active ? "bg-white text-green-800 shadow-sm" : "text-stone-600 hover:text-stone-900"
    }`;

  return (
    <div className="w-full max-w-sm rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
      <div role="tablist" aria-label={t.signIn} className="mb-4 flex gap-1 rounded-lg bg-stone-100 p-1">
        <button
          type="button"
          role="tab"
          id={`${id}-tab-code`}
          aria-selected={tab === "code"}
          aria-controls={`${id}-panel`}
          className={tabClass(tab === "code")}
          onClick={() => switchTab("code")}
        >
          {t.tabCode}
        </button>
        <button
          type="button"
          role="tab"
          id={`${id}-tab-password`}
          aria-selected={tab === "password"}
          aria-controls={`${id}-panel`}
          className={tabClass(tab === "password")}
          onClick={() => switchTab("password")}
        >
          {t.tabPassword}
        </button>
      </div>

      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${tab}`}>
        {tab === "code" && !codeSent && (
          <form onSubmit={sendCode} className="space-y-4" noValidate>
            {phoneField}
            <button type="submit" className={primary} disabled={busy}>
              {busy ? t.sending : t.sendCode}
            </button>
          </form>
        )}

        {tab === "code" && codeSent && (
          <form onSubmit={verifyCode} className="space-y-4" noValidate>
            <p className="text-base">
              {t.codeSentTo} <strong className="whitespace-nowrap">{phone}</strong>
            </p>
            <div>
              <label htmlFor={`${id}-code`} className="mb-1 block text-base font-semibold">
                {t.code}
              </label>
              <input
                ref={codeRef}
                id={`${id}-code`}
                name="code"
                type="text"
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9]*"
                maxLength={7}
                required
                value={code}
                onChange={(e) => setCode(e.target.value)}
                className={`${input} text-center text-2xl tracking-[0.4em]`}
              />
            </div>
            <button type="submit" className={primary} disabled={busy}>
              {busy ? t.signingIn : t.signIn}
            </button>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <button
                type="button"
                className={link}
                onClick={() => {
                  setCodeSent(false);
                  setError(null);
                }}
              >
                {t.changePhone}
              </button>
              <button
                type="button"
                className={link}
                disabled={busy || resendIn > 0}
                onClick={() => sendCode()}
              >
                {resendIn > 0 ? t.resendIn(resendIn) : t.resend}
              </button>
            </div>
          </form>
        )}

        {tab === "password" && (
          <form onSubmit={signInWithPassword} className="space-y-4" noValidate>
            {phoneField}
            <div>
              <label htmlFor={`${id}-password`} className="mb-1 block text-base font-semibold">
                {t.password}
              </label>
              <input
                id={`${id}-password`}
                name="password"
                type={showPassword ? "text" : "password"}
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                className={input}
              />
              <label className="mt-2 flex min-h-12 items-center gap-3 text-base">
                <input
                  type="checkbox"
                  className="size-6 accent-green-700"
                  checked={showPassword}
                  onChange={(e) => setShowPassword(e.target.checked)}
                />
                {t.showPassword}
              </label>
            </div>
            <button type="submit" className={primary} disabled={busy}>
              {busy ? t.signingIn : t.signIn}
            </button>
            <p className="text-sm text-stone-600">{t.passwordNote}</p>
          </form>
        )}

        {error && (
          <p
            role="alert"
            className="mt-4 rounded-lg border border-red-300 bg-red-50 p-3 text-base text-red-800"
          >
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
