# syntax=docker/dockerfile:1
# The whole product from one image: both Next.js apps, the job worker and the one-shot migrator run the same
# build with different commands (see docker-compose.yml). Multi-stage: `turbo prune` keeps only the workspace
# packages the apps need, so a change elsewhere in the repo does not bust the install layer.
#
# Written with care but NOT built on the development machines of this project (they cannot run Docker); the
# first person to build it should expect to fix small things and is asked to note them in docs/deploy.md.

ARG NODE_VERSION=20.20.2
FROM node:${NODE_VERSION}-bookworm-slim AS base
# pnpm from the npm registry at the version the repo pins (package.json "packageManager").
RUN npm install -g pnpm@12.4.2 && npm cache clean --force
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1

# ── 1. prune: the apps, the worker (in @cho-phien/api) and everything they import ──
FROM base AS pruner
WORKDIR /repo
COPY . .
RUN pnpm dlx turbo@2.11.11 prune @cho-phien/storefront @cho-phien/dashboard @cho-phien/api @cho-phien/db --docker

# ── 2. install from the pruned lockfile, then build ──
FROM base AS builder
WORKDIR /repo
COPY --from=pruner /repo/out/json/ .
RUN pnpm install --frozen-lockfile
COPY --from=pruner /repo/out/full/ .
# Prisma's client is generated from the schema (WASM engine: nothing is downloaded), then both apps are built.
RUN pnpm --filter @cho-phien/db generate && pnpm exec turbo run build --filter=./apps/*

# ── 3. run: the built tree, as the unprivileged `node` user ──
FROM base AS runner
ENV NODE_ENV=production
WORKDIR /repo
COPY --from=builder --chown=node:node /repo .
USER node
# Uploaded photos (when no S3 bucket is configured) live here; mount a volume.
ENV UPLOAD_DIR=/data/uploads
EXPOSE 3000 3001 3002
# Each service in docker-compose.yml chooses its command; the default is the storefront.
CMD ["pnpm", "--filter", "@cho-phien/storefront", "start"]
