#!/usr/bin/env bash
# The custom domain with a free App Service managed certificate (renewed by Azure). Before it,
# the municipality's DNS needs two records; the script prints them and waits for you.
source "$(dirname "$0")/lib.sh"

verification=$(az webapp show -g "$RG" -n "$APP" --query customDomainVerificationId -o tsv)
step "DNS records to create (then press Enter)"
echo "  CNAME  $PUBLIC_HOSTNAME         -> $APP.azurewebsites.net"
echo "  TXT    asuid.$PUBLIC_HOSTNAME   =  $verification"
read -r -p "Created and visible (dig +short CNAME $PUBLIC_HOSTNAME)? "

step "Host name $PUBLIC_HOSTNAME, managed certificate, SNI binding"
az webapp config hostname add -g "$RG" --webapp-name "$APP" --hostname "$PUBLIC_HOSTNAME" -o none
az webapp config ssl create -g "$RG" -n "$APP" --hostname "$PUBLIC_HOSTNAME" -o none
thumbprint=$(az webapp config ssl show -g "$RG" --certificate-name "$PUBLIC_HOSTNAME" --query thumbprint -o tsv)
az webapp config ssl bind -g "$RG" -n "$APP" --certificate-thumbprint "$thumbprint" --ssl-type SNI -o none
curl -fsS "https://$PUBLIC_HOSTNAME/healthz" && echo
echo "Next: 7-alerts.sh"
