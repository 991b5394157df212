#!/usr/bin/env bash
# `sso-setup credentials` as credential_process calls it: the wall time of one call when the role's
# credentials are cached (the usual case: one GetRoleCredentials serves every call for 45 minutes
# or more), and when they are not (a GetRoleCredentials to the sandbox), against the sandbox in a
# throwaway HOME. With the AWS CLI v2 at /usr/bin/aws, also `aws configure export-credentials`,
# which reads the same cache. Prints medians. Build first: ./mvnw -B package -DskipTests
#
#   bench/credentials.sh [runs]        (default 15 runs per case)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-15}
[ -f "$root/target/sso-setup.jar" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 2; }

work=$(mktemp -d)
export HOME="$work"
unset AWS_PROFILE AWS_CONFIG_FILE AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN
"$root/bin/sso-setup" sandbox --auto-approve --quiet --shell posix > "$work/sandbox.env" 2>/dev/null &
sandbox=$!
trap 'kill "$sandbox" 2>/dev/null; rm -rf "$work"' EXIT
until grep -q Serving "$work/sandbox.env" 2>/dev/null; do sleep 0.2; done
# shellcheck disable=SC1091
. "$work/sandbox.env"
"$root/bin/sso-setup" configure --non-interactive --use-device-code --no-browser \
  --sso-session bench --start-url https://d-9067a1b2c3.awsapps.com/start --sso-region ap-northeast-1 \
  --region ap-northeast-1 --profile workday > /dev/null 2>&1

# median wall seconds of a command run $runs times, each after the given preparation
measure() {
  local label=$1 prepare=$2; shift 2
  local times=()
  for _ in $(seq 1 "$runs"); do
    eval "$prepare"
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  printf '%s\n' "${times[@]}" | sort -n |
    awk -v label="$label" -v runs="$runs" '{a[NR]=$1} END {printf "%-58s median %5.2f s  (%d runs)\n", label, a[int((NR+1)/2)], runs}'
}

echo "java: $(${JAVA_HOME:+$JAVA_HOME/bin/}java -version 2>&1 | head -n 1)"
measure "sso-setup credentials --format process, cached" ":" \
  "$root/bin/sso-setup" credentials --profile workday --format process
measure "sso-setup credentials --format process, GetRoleCredentials" \
  'rm -f "$HOME"/.aws/cli/cache/*.json' \
  "$root/bin/sso-setup" credentials --profile workday --format process
measure "sso-setup credentials --format env, cached" ":" \
  "$root/bin/sso-setup" credentials --profile workday
if [ -x /usr/bin/aws ] && /usr/bin/aws configure export-credentials help > /dev/null 2>&1; then
  "$root/bin/sso-setup" credentials --profile workday > /dev/null
  measure "aws configure export-credentials ($(/usr/bin/aws --version 2>&1 | cut -d' ' -f1)), cached" ":" \
    /usr/bin/aws configure export-credentials --profile workday --format process
fi
