# shellcheck shell=bash
# shellcheck disable=SC2034  # read by the scripts that source this file
# Copy to settings.sh (ignored by git), fill in, and the other scripts read it:
#   cp scripts/azure/settings.example.sh scripts/azure/settings.sh
# Every name below becomes an Azure resource; the host name is the one Teams and users see.

LOCATION=westeurope                       # Azure region (data stays in the EU)
RG=rg-kontaktcenter                       # resource group
PLAN=plan-kontaktcenter                   # App Service plan (Linux)
PLAN_SKU=P0V3                             # P0V3: 1 vCPU, 4 GB; Always On and slots need Basic or better
APP=kontaktcenter-ltk                     # App Service name: <APP>.azurewebsites.net
RUNTIME="NODE:24-lts"                     # check: az webapp list-runtimes --os-type linux -o tsv | grep NODE
PUBLIC_HOSTNAME=kontaktcenter.ltk.dk      # custom domain, LOWER CASE (Teams SSO on Android needs it)
PG=pg-kontaktcenter                       # PostgreSQL flexible server: <PG>.postgres.database.azure.com
PG_ADMIN=kcadmin                          # the server's administrator (used only by these scripts)
PG_VERSION=16
PG_SKU=Standard_B2s                       # Burstable B2s: 2 vCPU, 4 GB; enough for one municipality
PG_TIER=Burstable
KV=kv-kontaktcenter-ltk                   # Key Vault (globally unique, 3-24 characters)
LAW=log-kontaktcenter                     # Log Analytics workspace (logs and Application Insights)
AI=appi-kontaktcenter                     # Application Insights
BOT=bot-kontaktcenter                     # Azure Bot resource
BOT_DISPLAY_NAME=Kontaktcenter            # name of the Entra app registration
ALERT_EMAIL=drift@ltk.dk                  # who gets the alerts (action group)
# Entra object ids (GUIDs) of the administrators who may bind centers' channels (BINDING_ADMINS).
BINDING_ADMINS="6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab"
