import { formatVnd } from "@cho-phien/validators/money";
import { formatVietnamDayShort } from "@cho-phien/validators/vietnam-day";
import type { ShopOverview } from "~/server/api-types";
import type { OverviewMessages } from "./messages";

/** The drawing's own units; the SVG scales to the card's width (360 px phones included) through viewBox. */
const WIDTH = 300;
const TOP = 16;
const BASE = 126;
const HEIGHT = 146;
/** Days named under the axis (every week back from today), so the labels never overlap. */
const LABEL_EVERY = 7;

/**
 * Revenue per day as bars, drawn on the server as inline SVG: no script, no image request, sharp at any zoom.
 * Screen readers get the title and a one-line summary; everyone can open the table of every day below it
 * (a <details>, so it works without JavaScript).
 */
export function RevenueChart({
  daily,
  id,
  t,
}: {
  daily: ShopOverview["revenue"]["daily"];
  id: string;
  t: OverviewMessages;
}) {
  const max = Math.max(0, ...daily.map((d) => d.revenueVnd));
  const slot = WIDTH / daily.length;
  const total = daily.reduce((s, d) => s + d.revenueVnd, 0);
  const best = max > 0 ? daily.find((d) => d.revenueVnd === max) : undefined;
  const summary = t.chartSummary(
    formatVnd(total),
    best ? t.bestDay(formatVietnamDayShort(best.day), formatVnd(best.revenueVnd)) : null,
  );
  const last = daily.length - 1;
  return (
    <figure className="mt-3">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full"
      >
        <title id={`${id}-title`}>{t.chartTitle(daily.length)}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {max > 0 && (
          <>
            <line x1={0} x2={WIDTH} y1={TOP} y2={TOP} stroke="#d6d3d1" strokeDasharray="3 3" />
            <text x={0} y={TOP - 4} fontSize={11} fill="#57534e">
              {formatVnd(max)}
            </text>
          </>
        )}
        {daily.map((d, i) => {
          const h = max > 0 ? Math.max(d.revenueVnd > 0 ? 2 : 0, (d.revenueVnd / max) * (BASE - TOP)) : 0;
          return (
            <rect
              key={d.day}
              x={i * slot + slot * 0.15}
              y={BASE - h}
              width={slot * 0.7}
              height={h}
              rx={1}
              fill={i === last ? "#14532d" : "#16a34a"}
            >
              <title>{`${formatVietnamDayShort(d.day)}: ${formatVnd(d.revenueVnd)} · ${t.orders(d.orders)}`}</title>
            </rect>
          );
        })}
        <line x1={0} x2={WIDTH} y1={BASE} y2={BASE} stroke="#78716c" />
        {daily.map((d, i) =>
          (last - i) % LABEL_EVERY === 0 && i !== last && i >= 2 ? (
            <text
              key={d.day}
              x={i * slot + slot / 2}
              y={BASE + 14}
              fontSize={11}
              textAnchor="middle"
              fill="#57534e"
            >
              {formatVietnamDayShort(d.day)}
            </text>
          ) : null,
        )}
        <text x={WIDTH} y={BASE + 14} fontSize={11} textAnchor="end" fill="#14532d" fontWeight="bold">
          {t.todayMark}
        </text>
      </svg>
      <details className="mt-2 rounded-lg border border-stone-200">
        <summary className="flex min-h-12 cursor-pointer items-center px-3 text-base text-green-800">
          {t.dayFigures}
        </summary>
        <table className="w-full border-t border-stone-200 text-base">
          <caption className="sr-only">{t.chartTitle(daily.length)}</caption>
          <thead>
            <tr className="text-left text-sm text-stone-600">
              <th scope="col" className="px-3 py-1 font-medium">
                {t.day}
              </th>
              <th scope="col" className="px-3 py-1 text-right font-medium">
                {t.revenue}
              </th>
              <th scope="col" className="px-3 py-1 text-right font-medium">
                {t.orderCount}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...daily].reverse().map((d) => (
              <tr key={d.day} className="border-t border-stone-100">
                <th scope="row" className="px-3 py-1 text-left font-normal">
                  {formatVietnamDayShort(d.day)}
                </th>
                <td className="px-3 py-1 text-right">{formatVnd(d.revenueVnd)}</td>
                <td className="px-3 py-1 text-right">{d.orders}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
