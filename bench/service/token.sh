#!/usr/bin/env bash
# Prints a new API token for a running Clearmark service, created through the web UI the way an
# admin would: sign in, then Settings > API tokens. Usage: token.sh BASE_URL EMAIL PASSWORD
set -euo pipefail
base="${1:?usage: token.sh BASE_URL EMAIL PASSWORD}"
email="${2:?usage: token.sh BASE_URL EMAIL PASSWORD}"
password="${3:?usage: token.sh BASE_URL EMAIL PASSWORD}"
jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }

token=$(curl -fsS -c "$jar" -b "$jar" "$base/login" | csrf)
[ -n "$token" ] || { echo "token.sh: no sign-in form at $base/login" >&2; exit 1; }
where=$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
  --data-urlencode "username=$email" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$token" "$base/login")
case "$where" in
  *error*|"") echo "token.sh: sign-in as $email failed" >&2; exit 1 ;;
esac
token=$(curl -fsS -c "$jar" -b "$jar" "$base/settings" | csrf)
curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "name=bench $(date +%s)" \
  --data-urlencode "role=ADMIN" --data-urlencode "_csrf=$token" "$base/settings/tokens"
secret=$(curl -fsS -c "$jar" -b "$jar" "$base/settings" | grep -o 'value="cm_[^"]*"' | head -1 \
  | sed 's/value="//; s/"$//')
[ -n "$secret" ] || { echo "token.sh: the new token was not shown; is $email an admin?" >&2; exit 1; }
echo "$secret"
