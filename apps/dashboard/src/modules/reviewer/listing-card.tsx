import { formatDateVn } from "@cho-phien/validators/dates";
import { formatVnd } from "@cho-phien/validators/money";
import { ProductThumb } from "~/modules/common/product-thumb";
import type { OcopClaim, SubmittedListing } from "~/server/api-types";

const LEVEL: Record<OcopClaim["issuingLevel"], string> = {
  central: "Trung ương",
  province: "Cấp tỉnh",
  other: "Cấp khác",
};
const CERT_STATUS: Record<OcopClaim["status"], string> = {
  pending: "Chưa xác minh",
  verified: "Đã xác minh",
  rejected: "Bị từ chối",
  revoked: "Đã thu hồi",
};

/** One listing to review: what is sold, by which farm, where, and the OCOP decision it claims. */
export function ListingCard({ listing: l }: { listing: SubmittedListing }) {
  return (
    <article className="rounded-xl border border-stone-200 bg-white p-3 sm:p-4">
      <div className="flex gap-3">
        <ProductThumb image={l.image} size={88} />
        <div className="min-w-0 flex-1">
          <h2 className="text-lg leading-snug font-bold break-words">{l.title}</h2>
          <p className="text-base text-stone-700">
            {l.shop.name} · {l.shop.communeName}, <strong>{l.shop.provinceName}</strong>
          </p>
          <p className="mt-1 text-base">
            <span className="font-bold text-green-900">{formatVnd(l.priceVnd)}</span>
            <span className="text-stone-600"> / {l.unit}</span>
            <span className="text-stone-600"> · còn {l.stock.toLocaleString("vi-VN")}</span>
          </p>
          {l.submittedAt && (
            <p className="text-sm text-stone-600">Gửi duyệt ngày {formatDateVn(l.submittedAt)}</p>
          )}
        </div>
      </div>
      {l.ocop ? (
        <OcopClaimBlock claim={l.ocop} />
      ) : (
        <p className="mt-3 text-base text-stone-600">Không khai báo OCOP.</p>
      )}
      {/* Later issues add the approve / request changes / reject actions here. */}
    </article>
  );
}

function OcopClaimBlock({ claim: c }: { claim: OcopClaim }) {
  return (
    <div
      className={`mt-3 rounded-lg border p-3 ${c.expired ? "border-red-300 bg-red-50" : "border-amber-300 bg-amber-50"}`}
    >
      <p className="text-base font-bold">
        <span aria-hidden="true" className="text-amber-600">
          {"★".repeat(c.stars)}
        </span>{" "}
        Khai báo OCOP {c.stars} sao <span className="font-normal">· {CERT_STATUS[c.status]}</span>
      </p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
        <dt className="text-stone-600">Số quyết định</dt>
        <dd className="font-semibold break-words">{c.decisionNumber}</dd>
        <dt className="text-stone-600">Cơ quan cấp</dt>
        <dd className="break-words">
          {c.issuingAuthority} ({LEVEL[c.issuingLevel]})
        </dd>
        <dt className="text-stone-600">Ngày ký</dt>
        <dd>{formatDateVn(c.signedAt)}</dd>
        <dt className="text-stone-600">Hết hạn</dt>
        <dd className={c.expired ? "font-bold text-red-800" : ""}>
          {formatDateVn(c.expiresAt)}
          {c.expired && " — đã hết hạn"}
        </dd>
        {c.producer && (
          <>
            <dt className="text-stone-600">Chủ thể</dt>
            <dd className="break-words">{c.producer}</dd>
          </>
        )}
        {c.productGroup && (
          <>
            <dt className="text-stone-600">Nhóm sản phẩm</dt>
            <dd className="break-words">{c.productGroup}</dd>
          </>
        )}
        {c.traceabilityCode && (
          <>
            <dt className="text-stone-600">Mã truy xuất</dt>
            <dd className="break-all">{c.traceabilityCode}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
