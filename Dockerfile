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
# /readyz checks the store and every connection; /healthz only that the process answers.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD node -e "fetch(process.env.MG_HEALTH_URL||'http://127.0.0.1:8443/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
ENTRYPOINT ["node", "/app/dist/cli.js"]
CMD ["gateway", "--config", "/etc/migration-guard/gateway.yml"]
