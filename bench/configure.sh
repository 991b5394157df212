#!/usr/bin/env bash
# A non-interactive `sso-setup configure` end to end against the sandbox, as whole processes
# (docs/spec.md §2, issue 4): the median wall time of several runs, for
#   - a first run in a fresh home: register a client, device-code login (auto-approved), list the
#     account and role, write the config;
#   - a re-run with the login cached: no login, list, config already up to date.
# The sandbox runs in its own JVM (`sso-setup sandbox --auto-approve`). Build first:
#   ./mvnw -B package -DskipTests
#
#   bench/configure.sh [runs]        (default 9)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-9}
[ -f "$root/target/sso-setup.jar" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 2; }

work=$(mktemp -d)
sandbox_pid=
cleanup() { [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

HOME="$work/sandbox-home" "$root/bin/sso-setup" sandbox --auto-approve --quiet > "$work/sandbox.env" 2>/dev/null &
sandbox_pid=$!
for _ in $(seq 1 100); do grep -q 'Serving' "$work/sandbox.env" 2>/dev/null && break; sleep 0.1; done
# shellcheck disable=SC1091
. "$work/sandbox.env"
start_url=$(sed -n 's/^# SSO start URL: *//p' "$work/sandbox.env")
region=$(sed -n 's/^# SSO region: *//p' "$work/sandbox.env")

configure() {
  HOME="$1" "$root/bin/sso-setup" configure --non-interactive --use-device-code --no-browser \
    --sso-session bench --start-url "$start_url" --sso-region "$region" \
    --region "$region" --output json --profile bench > /dev/null
}

median() { sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]}'; }
seconds() { local s e; s=$(date +%s%N); "$@"; e=$(date +%s%N); echo "scale=3; ($e - $s) / 1000000000" | bc; }

first=(); again=()
for i in $(seq 1 "$runs"); do
  home="$work/home-$i"; mkdir -p "$home"
  first+=("$(seconds configure "$home")")
  again+=("$(seconds configure "$home")")
done
echo "java: $(java -version 2>&1 | head -n 1)"
printf 'configure, fresh home (register + device-code login + list + write): median %s s over %s runs\n' \
  "$(printf '%s\n' "${first[@]}" | median)" "$runs"
printf 'configure, login cached (list + already up to date):                 median %s s over %s runs\n' \
  "$(printf '%s\n' "${again[@]}" | median)" "$runs"
