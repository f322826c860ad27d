# One image for the api and the worker (docker-compose.yml chooses the command).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN node scripts/build.mjs --quiet && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
# V8 flags: apps/api/src/node-flags.ts (why), kept equal to docker-compose.yml and deploy/k8s/api.yaml by test/deploy.
CMD ["node", "--max-semi-space-size=64", "dist/apps/api/src/main.js"]
