# syntax=docker/dockerfile:1
# Switchboard gateway. Build: docker build -t switchboard-gateway:0.2.0 .
# Stage 1 compiles TypeScript and better-sqlite3's native addon from source; stage 2 carries only what runs.
ARG NODE_VERSION=20-bookworm-slim

FROM node:${NODE_VERSION} AS build
WORKDIR /app
# Compiler toolchain for better-sqlite3 (node-gyp); the Node headers come from the image itself (npm_config_nodedir).
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
ENV npm_config_nodedir=/usr/local
COPY package.json package-lock.json ./
# No install scripts from the registry; the one native addon is then built here, from source, for this image.
RUN npm ci --no-audit --no-fund --ignore-scripts \
  && npm rebuild better-sqlite3 --build-from-source
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
RUN npm run build \
  && npm prune --omit=dev --no-audit --no-fund \
  && node -e "require('better-sqlite3')(':memory:').close()"

FROM node:${NODE_VERSION} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# /data holds a SQLite store (one replica); with PostgreSQL nothing is written inside the container.
RUN mkdir -p /data /etc/switchboard && chown node:node /data
USER node
EXPOSE 8787 9464
VOLUME ["/data"]
# Liveness only (/healthz); orchestrators route traffic on /readyz (store writable, a destination per route).
HEALTHCHECK --interval=10s --timeout=3s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.SWITCHBOARD_PORT || '8787') + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM drains in-flight requests (ops.drainTimeoutMs, 30 s by default): give the container longer than that to stop.
STOPSIGNAL SIGTERM
ENTRYPOINT ["node", "dist/cli/main.js"]
CMD ["serve", "--config", "/etc/switchboard/gateway.yaml"]
