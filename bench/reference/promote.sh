#!/usr/bin/env bash
# The reference promotion, written like Oracle's sample scripts (RCHAFIK's build_spec_oic.yaml, DEVREL's export and
# import guide, EXPIMP-SH in /work/shared/oic-api-contract.md §12): one curl call after another, a fixed sleep
# between activation polls. The latency benchmark (bench/latency.ts) runs it against the same emulator as the
# actions, on a target instance of its own, and compares wall times.
#
# Environment: OIC_URL, CLIENT_ID, CLIENT_SECRET, SCOPE_DEV, SCOPE_PROD, DEV, PROD, PROJECT, DEPLOYMENT, VERSION,
# POLL_SECONDS (Oracle's samples wait 10 s; the bench scales it like the model), WORK (a directory holding
# integrations.txt, one integration code per line, and connections/<ID>.json, each connection's update body).
set -euo pipefail

API="$OIC_URL/ic/api/integration/v1"
AUTH="$WORK/auth.conf"

# call METHOD URL [curl arguments…]: the body on stdout; fails on an HTTP status of 400 or more.
call() {
  local method="$1" url="$2"
  shift 2
  local out status
  out="$(curl -sS --noproxy '*' -K "$AUTH" -X "$method" -w '\n%{http_code}' "$@" "$url")"
  status="${out##*$'\n'}"
  if [ "$status" -ge 400 ]; then
    echo "$method $url: HTTP $status ${out%$'\n'*}" >&2
    exit 1
  fi
  printf '%s' "${out%$'\n'*}"
}

# token SCOPE: a client-credentials token, written to the curl config (kept off the command line).
token() {
  local body
  body="$(curl -sS --noproxy '*' -u "$CLIENT_ID:$CLIENT_SECRET" -d grant_type=client_credentials \
    --data-urlencode "scope=$1" "$OIC_URL/oauth2/v1/token")"
  local access
  access="$(printf '%s' "$body" | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')"
  [ -n "$access" ] || { echo "no token: $body" >&2; exit 1; }
  umask 077
  printf 'header = "Authorization: Bearer %s"\n' "$access" > "$AUTH"
}

# 1. dev: create the deployment, export it.
token "$SCOPE_DEV"
refs=""
while read -r code; do
  [ -n "$code" ] && refs="$refs${refs:+,}{\"code\":\"$code\",\"version\":\"$VERSION\"}"
done < "$WORK/integrations.txt"
call POST "$API/projects/$PROJECT/deployments?integrationInstance=$DEV" -H 'Content-Type: application/json' \
  -d "{\"code\":\"$DEPLOYMENT\",\"name\":\"$DEPLOYMENT\",\"integrations\":[$refs]}" > /dev/null
call POST "$API/projects/$PROJECT/archive?integrationInstance=$DEV" -H 'Content-Type: application/json' \
  -d "{\"name\":\"$PROJECT\",\"code\":\"$PROJECT\",\"type\":\"DEVELOPED\",\"builtBy\":\"\",\"label\":\"$DEPLOYMENT\"}" \
  -o "$WORK/project.car" > /dev/null
echo "exported $(wc -c < "$WORK/project.car") bytes"

# 2. prod: import, configure each connection, activate each integration and poll it, test each connection.
token "$SCOPE_PROD"
call POST "$API/projects/archive?integrationInstance=$PROD" -F "file=@$WORK/project.car" \
  -F type=application/octet-stream > /dev/null
echo "imported $PROJECT"
for body in "$WORK"/connections/*.json; do
  id="$(basename "$body" .json)"
  call POST "$API/projects/$PROJECT/connections/$id?integrationInstance=$PROD" -H 'X-HTTP-Method-Override: PATCH' \
    -H 'Content-Type: application/json' -d "@$body" > /dev/null
  echo "configured $id"
done
while read -r code; do
  [ -n "$code" ] || continue
  url="$API/projects/$PROJECT/integrations/$code%7C$VERSION"
  call POST "$url?integrationInstance=$PROD" -H 'X-HTTP-Method-Override: PATCH' -H 'Content-Type: application/json' \
    -d '{"status":"ACTIVATED"}' > /dev/null
  while :; do
    sleep "$POLL_SECONDS"
    status="$(call GET "$url/activationStatus?integrationInstance=$PROD" |
      sed -n 's/.*"activationStatus" *: *"\([^"]*\)".*/\1/p')"
    case "$status" in
      ACTIVATED) echo "activated $code"; break ;;
      FAILEDACTIVATION) echo "activation of $code failed" >&2; exit 1 ;;
    esac
  done
done < "$WORK/integrations.txt"
for body in "$WORK"/connections/*.json; do
  id="$(basename "$body" .json)"
  result="$(call POST "$API/projects/$PROJECT/connections/$id/test?integrationInstance=$PROD")"
  echo "tested $id: $(printf '%s' "$result" | sed -n 's/.*"status" *: *"\([^"]*\)".*/\1/p')"
done
