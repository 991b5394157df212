#!/usr/bin/env bash
# Start-up of whole processes (docs/decisions/0003-fast-start-up.md), the four figures of it:
#   1. `--version`: wall time
#   2. `profiles` on a generated config of 2,000 profiles: wall time
#   3. the same `profiles`: peak memory (RSS)
#   4. `populate` of 1,000 accounts x 3 roles from the sandbox (a fresh config each run): peak memory
# for bin/sso-setup (the build tree's launcher), the release archive when one was built (-Pdist's
# target/dist/*-linux-x86_64.tar.gz, unpacked into a temporary folder as a user would, and run
# through its own bin/sso-setup and runtime), plain `java -jar` (no launcher flags, no archive),
# and the AWS CLI v2 (`aws --version`, `aws configure list-profiles`; $AWS_CLI, else /usr/bin/aws,
# skipped unless it says aws-cli/2). The commands take turns, run by run, so that a busy moment
# of the machine slows all of them alike; medians. Nothing here touches ~/.aws: HOME is a temporary
# folder. Build first: ./mvnw -B package -DskipTests
#
#   bench/startup.sh [runs]        (default 21 runs per case; populate: 5)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-21}
populate_runs=5
jar="$root/target/sso-setup.jar"
[ -f "$jar" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "this needs /usr/bin/time (GNU time) for the peak memory" >&2; exit 2; }
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java

work=$(mktemp -d)
sandbox=
cleanup() {
  [ -z "$sandbox" ] || kill "$sandbox" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export HOME="$work/home"
export AWS_CONFIG_FILE="$HOME/.aws/config"
unset AWS_PROFILE AWS_DEFAULT_PROFILE AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN
unset AWS_ENDPOINT_URL AWS_ENDPOINT_URL_SSO AWS_ENDPOINT_URL_SSO_OIDC SSO_SETUP_CDS
export AWS_EC2_METADATA_DISABLED=true
mkdir -p "$HOME/.aws"
{
  printf '[sso-session corp]\nsso_start_url = https://d-9067a1b2c3.awsapps.com/start\n'
  printf 'sso_region = ap-northeast-1\nsso_registration_scopes = sso:account:access\n'
  for i in $(seq 1 2000); do
    printf '\n[profile team-%04d.Admin]\nsso_session = corp\nsso_account_id = %012d\n' "$i" "$i"
    printf 'sso_role_name = Admin\nregion = ap-northeast-1\noutput = json\n'
  done
} > "$AWS_CONFIG_FILE"

# The contestants: a label each, and the command that runs it.
labels=("bin/sso-setup")
commands=("$root/bin/sso-setup")
tarball=$(ls "$root"/target/dist/*-linux-x86_64.tar.gz 2>/dev/null | head -n 1 || true)
if [ -n "$tarball" ] && [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ]; then
  mkdir "$work/release"
  tar -xzf "$tarball" -C "$work/release"
  labels+=("release archive")
  commands+=("$(ls "$work"/release/*/bin/sso-setup | head -n 1)")
fi
labels+=("java -jar")
commands+=("$java_bin -jar $jar")
aws=${AWS_CLI:-/usr/bin/aws}
aws_version=
if [ -x "$aws" ]; then
  aws_version=$("$aws" --version 2>&1 || true)
  case $aws_version in aws-cli/2.*) ;; *) aws_version= ;; esac
fi

# Runs a command once; appends "seconds kilobytes" to the file $1 (the command must succeed).
once() {
  local into=$1; shift
  local start end
  start=$(date +%s%N)
  /usr/bin/time -o "$work/time" -f '%M' "$@" > /dev/null 2> "$work/stderr" < /dev/null ||
    { echo "failed: $*" >&2; cat "$work/stderr" >&2; exit 1; }
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000 )) $(tail -n 1 "$work/time")" >> "$into"
}

# Median of column $2 of file $1.
median() {
  sort -n -k "$2" "$1" | awk -v c="$2" '{a[NR]=$c} END {print a[int((NR+1)/2)]}'
}

load_before=$(uptime | sed 's/.*load average/load average/')
echo "java: $("$java_bin" -version 2>&1 | head -n 1); $load_before"
if [ -n "$aws_version" ]; then echo "aws: $aws_version ($aws)"; else echo "aws: no AWS CLI v2 at $aws; its column is left out"; fi
echo "config: 2,000 profiles, $(wc -c < "$AWS_CONFIG_FILE") bytes; $runs runs per case, taking turns; medians"
[ -z "$tarball" ] || echo "release: $(basename "$tarball")"
# One run of everything first, unmeasured: each launcher makes its archive if it has none (the
# build tree's beside its jar, a Java 17 release's in the user's cache: here the temporary home).
for c in "${commands[@]}"; do
  # shellcheck disable=SC2086 # "java -jar JAR" is three words
  $c --version > /dev/null 2>&1
done
wait_for_archives() {
  local tries=0
  while ls -d "$root"/target/*.jsa.lock "$HOME"/.cache/sso-setup/cds/*.jsa.lock > /dev/null 2>&1 &&
    [ $tries -lt 1200 ]; do
    sleep 0.1
    tries=$((tries + 1))
  done
}
wait_for_archives

for _ in $(seq 1 "$runs"); do
  for i in "${!commands[@]}"; do
    # shellcheck disable=SC2086
    once "$work/version.$i" ${commands[$i]} --version
    # shellcheck disable=SC2086
    once "$work/profiles.$i" ${commands[$i]} profiles
  done
  if [ -n "$aws_version" ]; then
    once "$work/version.aws" "$aws" --version
    once "$work/profiles.aws" "$aws" configure list-profiles
  fi
done

# populate: the sandbox in its own JVM, one login, then populate into a copy of a small config.
"$root/bin/sso-setup" sandbox --accounts 1000 --roles-per-account 3 --auto-approve --quiet \
  --shell posix > "$work/sandbox.env" 2> /dev/null &
sandbox=$!
tries=0
until grep -q Serving "$work/sandbox.env" 2> /dev/null; do
  tries=$((tries + 1)); [ $tries -lt 600 ] || { echo "the sandbox did not start" >&2; exit 1; }
  sleep 0.1
done
# shellcheck disable=SC1091
. "$work/sandbox.env"
populate_config="$work/populate.config"
"$root/bin/sso-setup" --config-file "$populate_config" configure sso-session --non-interactive \
  --sso-session bench --start-url "$SSO_SETUP_SANDBOX_START_URL" \
  --sso-region "$SSO_SETUP_SANDBOX_REGION" > /dev/null 2>&1 < /dev/null &&
  "$root/bin/sso-setup" --config-file "$populate_config" login --sso-session bench \
    --use-device-code --no-browser > /dev/null 2>&1 < /dev/null ||
  { echo "the login to the sandbox failed" >&2; exit 1; }
cp "$populate_config" "$populate_config.fresh"
for _ in $(seq 1 "$populate_runs"); do
  for i in "${!commands[@]}"; do
    cp "$populate_config.fresh" "$populate_config"
    # shellcheck disable=SC2086
    once "$work/populate.$i" ${commands[$i]} --config-file "$populate_config" populate \
      --sso-session bench --max-rps 1000
  done
done
kill "$sandbox" 2> /dev/null || true
wait "$sandbox" 2> /dev/null || true
sandbox=

seconds() { awk -v us="$(median "$1" 1)" 'BEGIN {printf "%.3f s", us / 1e6}'; }
mib() { awk -v kb="$(median "$1" 2)" 'BEGIN {printf "%.0f MiB", kb / 1024}'; }
ratio() {
  if [ -n "$aws_version" ]; then
    awk -v a="$(median "$1" 1)" -v b="$(median "$2" 1)" 'BEGIN {printf "%.2fx", a / b}'
  fi
}
# The ratio to the AWS CLI of each launcher (bin/sso-setup, and the release archive if any).
ratios() {
  [ -z "$aws_version" ] && return
  printf '%-12s' "$(seconds "$work/$1.aws")"
  printf '%-8s' "$(ratio "$work/$1.0" "$work/$1.aws")"
  [ -z "$tarball" ] || printf '%s' "$(ratio "$work/$1.1" "$work/$1.aws")"
}
printf '\n%-34s' ""
for label in "${labels[@]}"; do printf '%-18s' "$label"; done
if [ -n "$aws_version" ]; then
  printf '%-12s%s' "aws" "bin/sso-setup / aws"
  [ -z "$tarball" ] || printf ', release / aws'
fi
printf '\n%-34s' "--version"
for i in "${!commands[@]}"; do printf '%-18s' "$(seconds "$work/version.$i")"; done
ratios version
printf '\n%-34s' "profiles, 2,000 profiles"
for i in "${!commands[@]}"; do printf '%-18s' "$(seconds "$work/profiles.$i")"; done
ratios profiles
printf '\n%-34s' "peak memory, profiles 2,000"
for i in "${!commands[@]}"; do printf '%-18s' "$(mib "$work/profiles.$i")"; done
[ -z "$aws_version" ] || printf '%-12s' "$(mib "$work/profiles.aws")"
printf '\n%-34s' "peak memory, populate 1,000 x 3"
for i in "${!commands[@]}"; do printf '%-18s' "$(mib "$work/populate.$i")"; done
printf '\n%-34s' "(populate wall time)"
for i in "${!commands[@]}"; do printf '%-18s' "$(seconds "$work/populate.$i")"; done
printf '\nload: %s (before: %s)\n' "$(uptime | sed 's/.*load average/load average/')" "$load_before"
