import { inviteHelperAction } from "./actions";
import type { HelpersMessages } from "./messages";

/** The farmer types the helper's phone number; the helper then accepts from their own account. */
export function InviteForm({ shopId, t }: { shopId: string; t: HelpersMessages }) {
  return (
    <form action={inviteHelperAction} className="rounded-xl border border-stone-300 bg-white p-4">
      <input type="hidden" name="shopId" value={shopId} />
      <label htmlFor="helper-phone" className="block text-base font-semibold">
        {t.invitePhone}
      </label>
      <p id="helper-phone-hint" className="mt-1 text-sm text-stone-600">
        {t.invitePhoneHint}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <input
          id="helper-phone"
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="off"
          required
          maxLength={20}
          placeholder="0912 345 678"
          aria-describedby="helper-phone-hint"
          className="min-h-12 min-w-0 flex-1 rounded-lg border border-stone-400 px-3 text-base"
        />
        <button
          type="submit"
          className="min-h-12 rounded-lg bg-green-700 px-5 text-base font-semibold text-white hover:bg-green-800"
        >
          {t.sendInvitation}
        </button>
      </div>
    </form>
  );
}
