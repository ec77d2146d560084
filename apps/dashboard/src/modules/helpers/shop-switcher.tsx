import Link from "next/link";
import { getLocale } from "~/i18n/get-locale";
import { helpersMessages } from "./messages";

export interface SwitchableShop {
  id: string;
  name: string;
  /** "owner": the farmer's own shop; "helper": a farm this person helps. */
  relation: "owner" | "helper";
}

/**
 * "Đang làm cho: <shop> ▾" — which farm the screen is working for, and a list to switch to another one.
 * A <details> menu of plain links, so it opens without JavaScript; each link keeps the page and sets
 * `?shop=`. With one shop it is just the label. Reads the language itself (a server component), so any farm
 * screen can drop it in.
 */
export async function ShopSwitcher({
  shops,
  currentId,
  href,
}: {
  shops: readonly SwitchableShop[];
  currentId: string | undefined;
  /** The same page for another shop. */
  href: (shopId: string) => string;
}) {
  const current = shops.find((s) => s.id === currentId) ?? shops[0];
  if (!current) return null;
  const t = helpersMessages(await getLocale());
  const label = (
    <>
      <span className="text-stone-600">{t.workingFor}</span>{" "}
      <span className="font-semibold break-words">{current.name}</span>
    </>
  );
  if (shops.length < 2) {
    return <p className="mb-4 flex min-h-12 items-center text-base">{label}</p>;
  }
  return (
    <details className="group relative mb-4">
      <summary className="flex min-h-12 cursor-pointer list-none items-center gap-2 rounded-lg border border-stone-300 bg-white px-4 text-base [&::-webkit-details-marker]:hidden">
        <span className="min-w-0 flex-1">{label}</span>
        <span aria-hidden="true" className="transition-transform group-open:rotate-180">
          ▾
        </span>
        <span className="sr-only">{t.switchShop}</span>
      </summary>
      <ul className="mt-1 overflow-hidden rounded-lg border border-stone-300 bg-white shadow-sm">
        {shops.map((s) => (
          <li key={s.id} className="border-b border-stone-200 last:border-b-0">
            <Link
              href={href(s.id)}
              aria-current={s.id === current.id ? "true" : undefined}
              className={`flex min-h-12 items-center justify-between gap-2 px-4 text-base hover:bg-stone-100 ${
                s.id === current.id ? "font-semibold text-green-800" : ""
              }`}
            >
              <span className="min-w-0 break-words">
                {s.id === current.id && <span aria-hidden="true">✓ </span>}
                {s.name}
              </span>
              <span className="shrink-0 text-sm text-stone-500">
                {s.relation === "owner" ? t.myShop : t.shopIHelp}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
