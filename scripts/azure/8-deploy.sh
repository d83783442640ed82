#!/usr/bin/env bash
# Build what you deploy, on Linux x64 with the Node major the app runs (24), and deploy it as a
# zip. The production install has no development dependencies: the tab is built here, by
# `npm run build`, and tab/src is not shipped (docs/deploy.md section 1).
source "$(dirname "$0")/lib.sh"
root="$(cd "$here/../.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

node_major=$(node -p 'process.versions.node.split(".")[0]')
[[ "$node_major" == "${RUNTIME//[^0-9]/}" ]] || {
  echo "Build with Node ${RUNTIME//[^0-9]/} (this is Node $node_major): better-sqlite3 is compiled for the Node that builds it." >&2
  exit 1
}

step "Build in a clean copy: npm ci, npm run build, npm prune --omit=dev"
git -C "$root" archive HEAD | tar -x -C "$work"
(cd "$work" && npm ci && npm run build && npm prune --omit=dev)
du -sh "$work/node_modules"

step "Package and deploy to $APP"
(cd "$work" && zip -qr app.zip dist tab/dist knowledge node_modules package.json package-lock.json)
az webapp deploy -g "$RG" -n "$APP" --src-path "$work/app.zip" --type zip -o none
echo "Deployed. Watch it start: az webapp log tail -g $RG -n $APP"
curl -fsS "https://$PUBLIC_HOSTNAME/readyz" && echo
