#!/usr/bin/env bash
# PostgreSQL flexible server, the database, and the app's own login (not the administrator);
# its connection string goes into Key Vault as database-url. Needs psql here
# (apt-get install postgresql-client) and 2-key-vault.sh run before.
source "$(dirname "$0")/lib.sh"

pg_host="$PG.postgres.database.azure.com"
admin_password="${PG_ADMIN_PASSWORD:-$(openssl rand -base64 30 | tr -d '/+=')}"
app_password=$(openssl rand -base64 30 | tr -d '/+=')

step "PostgreSQL $PG_VERSION flexible server $PG ($PG_TIER $PG_SKU), reachable from Azure services only"
# --public-access 0.0.0.0 lets Azure services (App Service's outbound addresses) through the
# firewall and nothing else; TLS is required. Private access in a virtual network is stricter
# (docs/deploy.md section 4).
az postgres flexible-server create -g "$RG" -n "$PG" -l "$LOCATION" --version "$PG_VERSION" \
  --tier "$PG_TIER" --sku-name "$PG_SKU" --storage-size 32 --backup-retention 14 \
  --admin-user "$PG_ADMIN" --admin-password "$admin_password" --public-access 0.0.0.0 --yes -o none
az postgres flexible-server db create -g "$RG" -s "$PG" -d kontaktcenter -o none
az keyvault secret set --vault-name "$KV" -n pg-admin-password --value "$admin_password" -o none

step "The app's login 'kontaktcenter' and its schema (this machine is let in for the moment)"
my_ip=$(curl -fsS https://api.ipify.org)
az postgres flexible-server firewall-rule create -g "$RG" -n "$PG" -r setup-from-here \
  --start-ip-address "$my_ip" --end-ip-address "$my_ip" -o none
PGPASSWORD="$admin_password" psql "host=$pg_host dbname=kontaktcenter user=$PG_ADMIN sslmode=require" \
  -v ON_ERROR_STOP=1 -v pw="$app_password" <<'SQL'
SELECT 'CREATE ROLE kontaktcenter LOGIN'
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kontaktcenter') \gexec
ALTER ROLE kontaktcenter PASSWORD :'pw';
GRANT CONNECT, TEMPORARY ON DATABASE kontaktcenter TO kontaktcenter;
CREATE SCHEMA IF NOT EXISTS kontaktcenter AUTHORIZATION kontaktcenter;
SQL
az postgres flexible-server firewall-rule delete -g "$RG" -n "$PG" -r setup-from-here --yes -o none

url="postgres://kontaktcenter:$app_password@$pg_host:5432/kontaktcenter?sslmode=verify-full&options=-c%20search_path%3Dkontaktcenter"
az keyvault secret set --vault-name "$KV" -n database-url --value "$url" -o none
echo "Done: database-url and pg-admin-password are in $KV. Next: 4-bot.sh"
