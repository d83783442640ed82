#!/usr/bin/env bash
# Key Vault for every secret; the web app reads them through Key Vault references in its app
# settings (@Microsoft.KeyVault(...)) with its system-assigned identity, so no secret is in an
# app setting, a script or a file. Access by Azure RBAC: you set secrets, the app only reads.
source "$(dirname "$0")/lib.sh"

step "Key Vault $KV (RBAC, purge protection)"
az keyvault create -g "$RG" -n "$KV" -l "$LOCATION" --enable-rbac-authorization true \
  --enable-purge-protection true -o none
kv_id=$(az keyvault show -g "$RG" -n "$KV" --query id -o tsv)

step "You may set secrets; the web app may read them"
me=$(az ad signed-in-user show --query id -o tsv)
az role assignment create --assignee-object-id "$me" --assignee-principal-type User \
  --role "Key Vault Secrets Officer" --scope "$kv_id" -o none
app_principal=$(az webapp identity show -g "$RG" -n "$APP" --query principalId -o tsv)
az role assignment create --assignee-object-id "$app_principal" --assignee-principal-type ServicePrincipal \
  --role "Key Vault Secrets User" --scope "$kv_id" -o none

step "Secrets made here: the access log key and the metrics token"
# Generated once; re-running keeps them (a new ACCESS_LOG_KEY would orphan the access log).
for name in access-log-key metrics-token; do
  if ! az keyvault secret show --vault-name "$KV" -n "$name" -o none 2>/dev/null; then
    az keyvault secret set --vault-name "$KV" -n "$name" --value "$(openssl rand -base64 36)" -o none
  fi
done
echo "Done. Back up the secret access-log-key with the database (docs/deploy.md section 8). Next: 3-database.sh"
