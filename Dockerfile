# syntax=docker/dockerfile:1
# Build stage: compile TypeScript and the native SQLite encryption module.
FROM node:22-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# Dependencies and their native builds in a layer of their own (cached while only src changes).
# The project's own `prepare` step (the TypeScript build) needs the sources, so `npm ci` skips
# scripts here and `npm rebuild` runs the dependencies' install scripts, not the project's.
# This image's npm predates package.json "allowScripts", so it runs every dependency's script:
# the variable stops onnxruntime-node fetching CUDA libraries (the CPU binary is in the package).
ENV ONNXRUNTIME_NODE_INSTALL=skip
RUN npm ci --ignore-scripts && npm rebuild
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

# Runtime stage: production dependencies and the built code only.
FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    VEILDRAFT_DATA_DIR=/data \
    VEILDRAFT_MASTER_KEY_FILE=/run/secrets/veildraft_master_key \
    VEILDRAFT_HOST=0.0.0.0 \
    VEILDRAFT_PORT=8080 \
    VEILDRAFT_ALLOW_REMOTE_HTTP=true
RUN groupadd --system --gid 10001 veildraft \
 && useradd --system --uid 10001 --gid veildraft --home-dir /app --shell /usr/sbin/nologin veildraft \
 && mkdir -p /data && chown veildraft:veildraft /data && chmod 700 /data
WORKDIR /app
COPY --from=build --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --chown=root:root package.json ./
COPY --chown=root:root migrations ./migrations
COPY --chown=root:root models ./models
COPY --chown=root:root web ./web
USER veildraft
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8080/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node", "dist/src/main.js"]
CMD ["start"]
