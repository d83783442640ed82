#!/usr/bin/env bash
# The runbook's alerts, as they work on App Service: nothing scrapes /metrics there, so the
# series arrive in Application Insights (customMetrics, decision 0050) and the alerts are log
# search alerts on them, plus App Service's own health-check metric. docs/runbook.md maps each.
source "$(dirname "$0")/lib.sh"

ai_id=$(az monitor app-insights component show -g "$RG" -a "$AI" --query id -o tsv)
app_id=$(az webapp show -g "$RG" -n "$APP" --query id -o tsv)

step "Action group: e-mail to $ALERT_EMAIL"
az monitor action-group create -g "$RG" -n ag-kontaktcenter --short-name kontaktc \
  --action email drift "$ALERT_EMAIL" -o none
ag_id=$(az monitor action-group show -g "$RG" -n ag-kontaktcenter --query id -o tsv)

# name | severity | window | KQL that returns rows when the alert should fire
log_alert() {
  local name=$1 severity=$2 window=$3 query=$4
  az monitor scheduled-query create -g "$RG" -n "$name" --scopes "$ai_id" \
    --condition "count 'Hits' > 0" --condition-query Hits="$query" \
    --evaluation-frequency 5m --window-size "$window" --severity "$severity" \
    --action-groups "$ag_id" --auto-mitigate true -o none
}

step "Log search alerts on the product's series"
log_alert kc-outbox-backlog 2 10m 'customMetrics
| where name == "kontaktcenter_outbox_oldest_undelivered_age_seconds"
| summarize oldest = min(value) | where oldest > 300'
log_alert kc-outbox-dead 2 10m 'customMetrics
| where name == "kontaktcenter_outbox_entries" and tostring(customDimensions.state) == "dead"
| summarize dead = max(value) | where dead > 0'
log_alert kc-teams-429 3 10m 'customMetrics
| where name == "kontaktcenter_teams_throttled_total" and tostring(customDimensions.source) == "teams"
| summarize perSecond = sum(valueSum) / 600.0 | where perSecond > 0.1'
log_alert kc-storage-down 1 5m 'customMetrics
| where name == "kontaktcenter_storage_up"
| summarize up = max(value) | where up == 0'
log_alert kc-no-guides 1 5m 'customMetrics
| where name == "kontaktcenter_guides_loaded"
| summarize guides = min(value) | where guides == 0'
log_alert kc-guide-problems 3 15m 'customMetrics
| where name == "kontaktcenter_guide_problems"
| summarize problems = min(value) | where problems > 0'
log_alert kc-bot-endpoint-5xx 2 10m 'requests
| where url endswith "/api/messages" and toint(resultCode) >= 500
| summarize failures = count() | where failures > 0'
log_alert kc-bot-endpoint-401 3 10m 'requests
| where url endswith "/api/messages" and resultCode == "401"
| summarize refused = count() | where refused > 0'
log_alert kc-bot-turn-slow 3 15m 'requests
| where url endswith "/api/messages"
| summarize p95 = percentile(duration, 95) | where p95 > 3000'
log_alert kc-search-slow 3 15m 'customMetrics
| where name in ("kontaktcenter_guide_search_duration_seconds_sum", "kontaktcenter_guide_search_duration_seconds_count")
| summarize s = sumif(valueSum, name endswith "_sum"), n = sumif(valueSum, name endswith "_count")
| where n > 0 and s / n > 0.05'
log_alert kc-eventloop-lag 3 15m 'customMetrics
| where name == "kontaktcenter_nodejs_eventloop_lag_p99_seconds"
| summarize lag = min(value) | where lag > 0.1'

step "App Service health check (GET /readyz) failing on an instance"
az monitor metrics alert create -g "$RG" -n kc-readyz --scopes "$app_id" \
  --condition "avg HealthCheckStatus < 100" --window-size 5m --evaluation-frequency 1m \
  --severity 1 --action "$ag_id" -o none

echo "Done. Logs: Log Analytics $LAW, table AppServiceConsoleLogs (the JSON lines)."
