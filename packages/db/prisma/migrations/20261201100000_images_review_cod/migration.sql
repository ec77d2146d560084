-- Seller studio (rest) and OCOP review: product photos get their own table (order, alt text, sizes), COD cash
-- collected on orders, reviewer provinces, review claims, one decision per listing version, certificate expiry
-- and public verification code, shop suspension, and an audit log that refuses TRUNCATE too.

-- CreateEnum
CREATE TYPE "ListingDecisionKind" AS ENUM ('approved', 'changes_requested', 'rejected');

-- AlterEnum
ALTER TYPE "CertificateStatus" ADD VALUE 'expired';

-- AlterTable
ALTER TABLE "Shop" ADD COLUMN     "suspendReason" TEXT,
ADD COLUMN     "suspendedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OcopCertificate" ADD COLUMN     "expiredAt" TIMESTAMP(3),
ADD COLUMN     "expiryWarnedAt" TIMESTAMP(3),
ADD COLUMN     "publicCode" TEXT,
ADD COLUMN     "scanPath" TEXT,
ADD COLUMN     "verifiedFields" JSONB;

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "codCollectedAt" TIMESTAMP(3),
ADD COLUMN     "codCollectedVnd" INTEGER;

-- CreateTable
CREATE TABLE "ProductImage" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "path" TEXT NOT NULL,
    "alt" TEXT NOT NULL DEFAULT '',
    "width" INTEGER,
    "height" INTEGER,
    "variants" JSONB NOT NULL DEFAULT '[]',
    "uploadId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProductImage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewerProvince" (
    "userId" TEXT NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "assignedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewerProvince_pkey" PRIMARY KEY ("userId","provinceCode")
);

-- CreateTable
CREATE TABLE "ReviewClaim" (
    "productId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewClaim_pkey" PRIMARY KEY ("productId")
);

-- CreateTable
CREATE TABLE "ListingDecision" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "revision" BOOLEAN NOT NULL DEFAULT false,
    "decision" "ListingDecisionKind" NOT NULL,
    "reasonCode" TEXT,
    "comment" TEXT,
    "reviewerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ListingDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProductImage_productId_position_idx" ON "ProductImage"("productId", "position");

-- CreateIndex
CREATE INDEX "ReviewerProvince_provinceCode_idx" ON "ReviewerProvince"("provinceCode");

-- CreateIndex
CREATE INDEX "ReviewClaim_reviewerId_idx" ON "ReviewClaim"("reviewerId");

-- CreateIndex
CREATE INDEX "ListingDecision_reviewerId_createdAt_idx" ON "ListingDecision"("reviewerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ListingDecision_productId_version_key" ON "ListingDecision"("productId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "OcopCertificate_publicCode_key" ON "OcopCertificate"("publicCode");

-- AddForeignKey
ALTER TABLE "ProductImage" ADD CONSTRAINT "ProductImage_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewerProvince" ADD CONSTRAINT "ReviewerProvince_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewerProvince" ADD CONSTRAINT "ReviewerProvince_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewClaim" ADD CONSTRAINT "ReviewClaim_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewClaim" ADD CONSTRAINT "ReviewClaim_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListingDecision" ADD CONSTRAINT "ListingDecision_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListingDecision" ADD CONSTRAINT "ListingDecision_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Keep today's photos: each path of Product.images becomes a ProductImage row in the same order.
INSERT INTO "ProductImage" ("id", "productId", "position", "path")
SELECT 'img_' || md5(p."id" || ':' || i.ord::text), p."id", (i.ord - 1)::int, i.path
FROM "Product" p, unnest(p."images") WITH ORDINALITY AS i(path, ord);

ALTER TABLE "Product" DROP COLUMN "images";

ALTER TABLE "ProductImage" ADD CONSTRAINT "ProductImage_position_check" CHECK ("position" >= 0 AND "position" < 8);
ALTER TABLE "ProductImage" ADD CONSTRAINT "ProductImage_size_check"
  CHECK (("width" IS NULL OR "width" > 0) AND ("height" IS NULL OR "height" > 0));
ALTER TABLE "Order" ADD CONSTRAINT "Order_codCollected_check"
  CHECK ("codCollectedVnd" IS NULL OR "codCollectedVnd" >= 0);
ALTER TABLE "ListingDecision" ADD CONSTRAINT "ListingDecision_reason_check"
  CHECK ("decision" = 'approved' OR "reasonCode" IS NOT NULL OR "comment" IS NOT NULL);

-- The audit log already refuses UPDATE and DELETE row by row; TRUNCATE bypasses row triggers, so refuse it too.
CREATE TRIGGER "AuditLog_no_truncate" BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION cp_audit_log_append_only();
