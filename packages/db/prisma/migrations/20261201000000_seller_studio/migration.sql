-- Seller studio: shops opened by farmers (ward code, photo, payout account), listings edited under optimistic
-- concurrency with pending revisions, helper invitations, resized upload variants.
ALTER TABLE "Shop" ADD COLUMN "wardCode" TEXT,
  ADD COLUMN "photoPath" TEXT,
  ADD COLUMN "payoutBankBin" TEXT,
  ADD COLUMN "payoutAccountNo" TEXT,
  ADD COLUMN "payoutAccountName" TEXT;

ALTER TABLE "ShopHelper" ADD COLUMN "acceptedAt" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
  ADD COLUMN "revokedAt" TIMESTAMP(3),
  ADD COLUMN "lastActedAt" TIMESTAMP(3);
-- Helpers granted before invitations existed had consented already.
UPDATE "ShopHelper" SET "acceptedAt" = "consentAt";

ALTER TABLE "Product" ADD COLUMN "compareAtPriceVnd" INTEGER,
  ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1,
  ADD COLUMN "pendingRevision" JSONB,
  ADD COLUMN "revisionSubmittedAt" TIMESTAMP(3);

ALTER TABLE "Upload" ADD COLUMN "variants" JSONB NOT NULL DEFAULT '[]';
CREATE INDEX "Upload_ownerId_idx" ON "Upload"("ownerId");
