# syntax=docker/dockerfile:1
# The bot (or, with VECTOR_STORE=pgvector, one replica). Build: docker build -t newsbot .
# What of this was verified without Docker, and how: README "Running in Docker".

# ---- build: node_modules, with hnswlib-node's native addon compiled (node-gyp needs python3, make, g++)
FROM node:20-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund \
 && node -e "require('hnswlib-node')"

# ---- run: no compilers; FreeDict from Debian; a non-root user; index, articles and data on volumes
FROM node:20-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends dict-freedict-eng-ara dict-freedict-ara-eng \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# Code and dependencies stay owned by root: the bot's user can read them, not change them.
COPY --from=build /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY src ./src
# The shipped articles seed the articles volume the first time it is mounted (Docker copies an
# image's content into an empty named volume); admins' uploads then live on in the volume.
COPY --chown=node:node seeds /var/lib/newsbot/seeds
RUN mkdir -p /var/lib/newsbot/embeddings /var/lib/newsbot/data /var/lib/newsbot/models \
 && chown -R node:node /var/lib/newsbot
ENV NODE_ENV=production \
    SEEDS_DIR=/var/lib/newsbot/seeds \
    INDEX_DIR=/var/lib/newsbot/embeddings \
    DATA_DIR=/var/lib/newsbot/data \
    MODEL_CACHE_DIR=/var/lib/newsbot/models \
    DICT_DIR=/usr/share/dictd \
    PORT=8080
VOLUME ["/var/lib/newsbot/seeds", "/var/lib/newsbot/embeddings", "/var/lib/newsbot/data", "/var/lib/newsbot/models"]
USER node
EXPOSE 8080
# What `npm start` runs, without npm in between: node is the process that gets SIGTERM, and its
# stop is bounded (20 s; compose.yaml gives it 30 s before SIGKILL).
CMD ["node", "--import", "tsx", "src/main.ts"]
