#!/usr/bin/env bash
# App Service (Linux, Node 24 LTS), Log Analytics and Application Insights. Re-running is safe:
# `az ... create` on an existing resource updates it to the same settings.
source "$(dirname "$0")/lib.sh"

step "Resource group $RG in $LOCATION"
az group create -n "$RG" -l "$LOCATION" -o none

step "Runtimes App Service offers for Node (expecting $RUNTIME)"
az webapp list-runtimes --os-type linux -o tsv | grep -i '^NODE' || true
if ! az webapp list-runtimes --os-type linux -o tsv | grep -qx "$RUNTIME"; then
  echo "$RUNTIME is not offered: choose the newest even-numbered -lts entry above as RUNTIME." >&2
  exit 1
fi

step "Plan $PLAN ($PLAN_SKU) and web app $APP with a system-assigned identity"
az appservice plan create -g "$RG" -n "$PLAN" --is-linux --sku "$PLAN_SKU" -o none
az webapp create -g "$RG" -p "$PLAN" -n "$APP" --runtime "$RUNTIME" --assign-identity '[system]' -o none
# node, not npm start: npm start runs the TypeScript sources with tsx, a development dependency,
# and node passes SIGTERM to the server, which then finishes deliveries in flight.
az webapp config set -g "$RG" -n "$APP" --always-on true --startup-file "node dist/bot/src/main.js" \
  --min-tls-version 1.2 --ftps-state Disabled --http20-enabled true -o none
az webapp config set -g "$RG" -n "$APP" --generic-configurations '{"healthCheckPath": "/readyz"}' -o none
az webapp update -g "$RG" -n "$APP" --https-only true --client-affinity-enabled false -o none

step "Log Analytics $LAW and Application Insights $AI (metrics and traces, decision 0050)"
az monitor log-analytics workspace create -g "$RG" -n "$LAW" -l "$LOCATION" -o none
law_id=$(az monitor log-analytics workspace show -g "$RG" -n "$LAW" --query id -o tsv)
az monitor app-insights component create -g "$RG" -a "$AI" -l "$LOCATION" --kind web \
  --application-type Node.JS --workspace "$law_id" -o none
# The app's console log (JSON lines) to the same workspace: AppServiceConsoleLogs.
app_id=$(az webapp show -g "$RG" -n "$APP" --query id -o tsv)
az monitor diagnostic-settings create -n to-log-analytics --resource "$app_id" --workspace "$law_id" \
  --logs '[{"category":"AppServiceConsoleLogs","enabled":true},{"category":"AppServiceHTTPLogs","enabled":true}]' -o none

echo "Done. Next: 2-database.sh"
