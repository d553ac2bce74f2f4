# The reference gateway as a container: dist/ is self-contained (bundled JavaScript, the PostgreSQL parser and
# PGlite as WebAssembly), so the image is Node.js and dist/, running as the unprivileged `node` user.
#   docker build -t migration-guard .
#   docker run -p 8443:8443 -v /etc/migration-guard:/etc/migration-guard:ro -e APP_DATABASE_URL=… migration-guard
FROM node:24-alpine
ENV NODE_ENV=production
WORKDIR /app
COPY package.json README.md /app/
COPY dist/ /app/dist/
USER node
EXPOSE 8443
# Probes the listeners the config sets up (HTTPS with the configured certificate, each wire endpoint); /readyz
# checks the store and every connection.
HEALTHCHECK --interval=30s --timeout=10s --start-period=20s \
  CMD ["node", "/app/dist/cli.js", "gateway", "health", "--config", "/etc/migration-guard/gateway.yml"]
ENTRYPOINT ["node", "/app/dist/cli.js"]
CMD ["gateway", "--config", "/etc/migration-guard/gateway.yml"]
