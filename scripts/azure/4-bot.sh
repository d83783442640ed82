#!/usr/bin/env bash
# The Entra app registration (single tenant) with a client secret, the Azure Bot on it (single
# tenant: Azure no longer creates multi-tenant bots), the Teams channel, and the tab's sign-in:
# Application ID URI, the access_as_user scope and the Microsoft clients allowed to ask for it
# without a consent prompt (Teams, Outlook, the Microsoft 365 app; docs/deploy.md section 3).
source "$(dirname "$0")/lib.sh"

tenant=$(az account show --query tenantId -o tsv)

step "Entra app registration $BOT_DISPLAY_NAME (this organisation only)"
app_id=$(az ad app list --display-name "$BOT_DISPLAY_NAME" --query '[0].appId' -o tsv)
if [[ -z "$app_id" ]]; then
  app_id=$(az ad app create --display-name "$BOT_DISPLAY_NAME" --sign-in-audience AzureADMyOrg --query appId -o tsv)
  az ad sp create --id "$app_id" -o none
fi
object_id=$(az ad app show --id "$app_id" --query id -o tsv)

step "Client secret (2 years) into Key Vault as microsoft-app-password; put its expiry in the calendar"
secret=$(az ad app credential reset --id "$app_id" --append --display-name kontaktcenter-server \
  --years 2 --query password -o tsv)
az keyvault secret set --vault-name "$KV" -n microsoft-app-password --value "$secret" \
  --expires "$(date -u -d '+2 years' +%Y-%m-%dT%H:%M:%SZ)" -o none

step "Tab sign-in: api://$PUBLIC_HOSTNAME/$app_id, scope access_as_user, v2 tokens, pre-authorised clients"
az ad app update --id "$app_id" --identifier-uris "api://$PUBLIC_HOSTNAME/$app_id"
scope_id=$(az ad app show --id "$app_id" --query "api.oauth2PermissionScopes[?value=='access_as_user'].id | [0]" -o tsv)
if [[ -z "$scope_id" ]]; then
  scope_id=$(cat /proc/sys/kernel/random/uuid)
  az rest --method PATCH --uri "https://graph.microsoft.com/v1.0/applications/$object_id" \
    --headers 'Content-Type=application/json' --body "{
      \"api\": { \"requestedAccessTokenVersion\": 2, \"oauth2PermissionScopes\": [{
        \"id\": \"$scope_id\", \"value\": \"access_as_user\", \"type\": \"User\", \"isEnabled\": true,
        \"adminConsentDisplayName\": \"Kontaktcenter som brugeren\",
        \"adminConsentDescription\": \"Lader Teams, Outlook og Microsoft 365-appen åbne koordinatorfanen som den indloggede bruger.\",
        \"userConsentDisplayName\": \"Kontaktcenter som dig\",
        \"userConsentDescription\": \"Lader koordinatorfanen vide, hvem du er.\" }] } }"
fi
# Teams desktop/mobile, Teams web, Microsoft 365 web, desktop, mobile (= Outlook desktop),
# Outlook web, Outlook mobile: Microsoft's list for tab SSO (docs/deploy.md section 3).
clients=(1fec8e78-bce4-4aaf-ab1b-5451cc387264 5e3ce6c0-2b1f-4285-8d4b-75ee78787346
  4765445b-32c6-49b0-83e6-1d93765276ca 0ec893e0-5785-4de6-99da-4ed124e5296c
  d3590ed6-52b3-4102-aeff-aad2292ab01c bc59ab01-8403-45c6-8796-ac3ef710b3e3
  27922004-5251-4030-b22d-91ecd9a37ea4)
pre=""
for c in "${clients[@]}"; do
  pre+="${pre:+,}{\"appId\":\"$c\",\"delegatedPermissionIds\":[\"$scope_id\"]}"
done
az rest --method PATCH --uri "https://graph.microsoft.com/v1.0/applications/$object_id" \
  --headers 'Content-Type=application/json' --body "{\"api\":{\"preAuthorizedApplications\":[$pre]}}"

step "Azure Bot $BOT (single tenant, S1) with the Teams channel"
az bot create -g "$RG" -n "$BOT" --app-type SingleTenant --appid "$app_id" --tenant-id "$tenant" \
  --endpoint "https://$PUBLIC_HOSTNAME/api/messages" --sku S1 -o none
az bot msteams create -g "$RG" -n "$BOT" -o none

echo "Done. MICROSOFT_APP_ID=$app_id MICROSOFT_APP_TENANT_ID=$tenant"
echo "App roles (Koordinator, Fagcenter.<KODE>) are made in the Entra admin center: docs/deploy.md section 3, step 5."
echo "Next: 5-app-settings.sh"
