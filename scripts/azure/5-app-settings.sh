#!/usr/bin/env bash
# The web app's settings: plain values, secrets as Key Vault references, and the Application
# Insights connection string. The server refuses to start, naming every setting that is wrong,
# when one is missing or invalid (decision 0048): read the log stream after this.
source "$(dirname "$0")/lib.sh"

tenant=$(az account show --query tenantId -o tsv)
app_id=$(az ad app list --display-name "$BOT_DISPLAY_NAME" --query '[0].appId' -o tsv)
ai_connection=$(az monitor app-insights component show -g "$RG" -a "$AI" --query connectionString -o tsv)
ref() { printf '@Microsoft.KeyVault(VaultName=%s;SecretName=%s)' "$KV" "$1"; }

step "App settings of $APP"
az webapp config appsettings set -g "$RG" -n "$APP" -o none --settings \
  NODE_ENV=production \
  SCM_DO_BUILD_DURING_DEPLOYMENT=false \
  NODE_OPTIONS=--enable-source-maps \
  MICROSOFT_APP_TYPE=SingleTenant \
  MICROSOFT_APP_ID="$app_id" \
  MICROSOFT_APP_TENANT_ID="$tenant" \
  MICROSOFT_APP_PASSWORD="$(ref microsoft-app-password)" \
  DATABASE_URL="$(ref database-url)" \
  ACCESS_LOG_KEY="$(ref access-log-key)" \
  METRICS_TOKEN="$(ref metrics-token)" \
  BINDING_ADMINS="$BINDING_ADMINS" \
  APPLICATIONINSIGHTS_CONNECTION_STRING="$ai_connection"

step "Key Vault references as App Service resolved them (each should say Resolved)"
az rest --method GET \
  --uri "$(az webapp show -g "$RG" -n "$APP" --query id -o tsv)/config/configreferences/appsettings?api-version=2022-03-01" \
  --query 'value[].{setting:name, status:properties.status}' -o table
echo "Next: 6-custom-domain.sh"
