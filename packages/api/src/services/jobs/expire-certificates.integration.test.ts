import type { Db } from "@cho-phien/db";
import { afterAll, describe, expect, it } from "vitest";
import { createProduct, createShop, createUser, testDb } from "../../test/payments-fixtures";
import { verifyAuditChain } from "../audit/append-audit";
import { expireCertificates, OCOP_EXPIRY_WARNING_DAYS } from "./expire-certificates";

const db = testDb();
afterAll(async () => {
  await db.$disconnect();
});

const DAY = 86_400_000;

/** A verified certificate on a new farm's product, expiring `inDays` from now (negative: already past). */
async function certificate(
  db: Db,
  inDays: number,
  opts: { status?: "verified" | "pending" | "revoked" } = {},
) {
  const farmer = await createUser(db, { role: "seller" });
  const shop = await createShop(db, farmer.id, "HTX Chè hoa vàng Ba Chẽ");
  await db.shop.update({ where: { id: shop.id }, data: { phone: farmer.phoneNumber } });
  const product = await createProduct(db, shop.id, { title: "Chè hoa vàng Ba Chẽ" });
  const expiresAt = new Date(Date.now() + inDays * DAY);
  const cert = await db.ocopCertificate.create({
    data: {
      productId: product.id,
      stars: 4,
      decisionNumber: "2145/QĐ-UBND",
      issuingAuthority: "UBND tỉnh Quảng Ninh",
      issuingLevel: "province",
      signedAt: new Date(expiresAt.getTime() - 1000 * DAY),
      expiresAt,
      status: opts.status ?? "verified",
    },
  });
  return { cert, phone: farmer.phoneNumber!, product };
}

const messagesFor = (db: Db, certificateId: string, topic: string) =>
  db.outboxMessage.findMany({
    where: { topic, payload: { path: ["certificateId"], equals: certificateId } },
  });

describe(`daily OCOP certificate sweep on ${process.env.DB_TARGET ?? "pglite"}`, () => {
  it("reminds the farm once, 30 days ahead, even with two workers sweeping at the same moment", async () => {
    const soon = await certificate(db, 12);
    const edge = await certificate(db, OCOP_EXPIRY_WARNING_DAYS - 0.5);
    const later = await certificate(db, OCOP_EXPIRY_WARNING_DAYS + 5);
    const pending = await certificate(db, 10, { status: "pending" });

    const [a, b] = await Promise.all([expireCertificates(db), expireCertificates(db)]);
    const warned = [...a.warned, ...b.warned];
    for (const c of [soon, edge]) expect(warned.filter((id) => id === c.cert.id)).toHaveLength(1);
    expect(warned).not.toContain(later.cert.id);
    expect(warned).not.toContain(pending.cert.id);
    // And a third run (tomorrow's) sends nothing more.
    const again = await expireCertificates(db);
    expect(again.warned).not.toContain(soon.cert.id);
    expect(again.warned).not.toContain(edge.cert.id);

    const sent = await messagesFor(db, soon.cert.id, "ocop.expiring");
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ recipient: soon.phone, status: "pending" });
    expect(sent[0]!.payload).toMatchObject({
      productTitle: "Chè hoa vàng Ba Chẽ",
      decisionNumber: "2145/QĐ-UBND",
    });
    expect(await messagesFor(db, edge.cert.id, "ocop.expiring")).toHaveLength(1);
    expect(await messagesFor(db, later.cert.id, "ocop.expiring")).toHaveLength(0);
    expect(await messagesFor(db, pending.cert.id, "ocop.expiring")).toHaveLength(0);

    const row = await db.ocopCertificate.findUniqueOrThrow({ where: { id: soon.cert.id } });
    expect(row.expiryWarnedAt).not.toBeNull();
    expect(row.status).toBe("verified");

    // 25 days later the "later" one is within 30 days: reminded then, once.
    const inAMonth = await expireCertificates(db, { now: new Date(Date.now() + 25 * DAY) });
    expect(inAMonth.warned).toContain(later.cert.id);
    expect(await messagesFor(db, later.cert.id, "ocop.expiring")).toHaveLength(1);
  });

  it("marks a lapsed certificate expired once, audited as the system, and tells the farm once", async () => {
    const lapsed = await certificate(db, -1);
    const valid = await certificate(db, 200);
    const revoked = await certificate(db, -3, { status: "revoked" });

    const [a, b] = await Promise.all([expireCertificates(db), expireCertificates(db)]);
    const expired = [...a.expired, ...b.expired];
    expect(expired.filter((id) => id === lapsed.cert.id)).toHaveLength(1);
    expect(expired).not.toContain(valid.cert.id);
    expect(expired).not.toContain(revoked.cert.id);
    expect((await expireCertificates(db)).expired).not.toContain(lapsed.cert.id);

    const row = await db.ocopCertificate.findUniqueOrThrow({ where: { id: lapsed.cert.id } });
    expect(row.status).toBe("expired");
    expect(row.expiredAt).not.toBeNull();
    // A lapsed certificate is never "reminded" after the fact.
    expect(await messagesFor(db, lapsed.cert.id, "ocop.expiring")).toHaveLength(0);
    const told = await messagesFor(db, lapsed.cert.id, "ocop.expired");
    expect(told).toHaveLength(1);
    expect(told[0]!.recipient).toBe(lapsed.phone);

    const audit = await db.auditLog.findMany({
      where: { entityType: "OcopCertificate", entityId: lapsed.cert.id },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: null, actorRole: "system", action: "ocop.expired" });
    expect(audit[0]!.data).toMatchObject({ productId: lapsed.product.id, from: "verified", to: "expired" });
    expect(await verifyAuditChain(db, "OcopCertificate", lapsed.cert.id)).toBe(true);

    expect((await db.ocopCertificate.findUniqueOrThrow({ where: { id: valid.cert.id } })).status).toBe(
      "verified",
    );
    expect((await db.ocopCertificate.findUniqueOrThrow({ where: { id: revoked.cert.id } })).status).toBe(
      "revoked",
    );
  });
});
