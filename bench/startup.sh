#!/usr/bin/env bash
# Start-up of whole processes (docs/spec.md §8.2): `sso-setup --version`, and `sso-setup profiles` on a
# generated config of 2,000 profiles. Prints the median wall time and peak RSS over several runs,
# with and without the build's class-data-sharing archive. Build first: ./mvnw -B package -DskipTests
#
#   bench/startup.sh [runs]        (default 15 runs per case)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-15}
jar="$root/target/sso-setup.jar"
[ -f "$jar" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/.aws"
{
  printf '[sso-session corp]\nsso_start_url = https://d-9067a1b2c3.awsapps.com/start\n'
  printf 'sso_region = ap-northeast-1\nsso_registration_scopes = sso:account:access\n'
  for i in $(seq 1 2000); do
    printf '\n[profile team-%04d.Admin]\nsso_session = corp\nsso_account_id = %012d\n' "$i" "$i"
    printf 'sso_role_name = Admin\nregion = ap-northeast-1\noutput = json\n'
  done
} > "$work/.aws/config"

java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
fast=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto "-XX:SharedArchiveFile=$root/target/sso-setup.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)

# median wall seconds and median peak RSS (MB) of a command, run $runs times
measure() {
  local label=$1; shift
  local times=() rss=()
  for _ in $(seq 1 "$runs"); do
    local out
    /usr/bin/time -o "$work/time" -f '%e %M' env HOME="$work" AWS_CONFIG_FILE="$work/.aws/config" "$@" >/dev/null 2>&1
    out=$(tail -n 1 "$work/time")
    times+=("${out% *}"); rss+=("${out#* }")
  done
  local mt mr
  mt=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  mr=$(printf '%s\n' "${rss[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.0f", a[int((NR+1)/2)]/1024}')
  printf '%-48s median %5.2f s   peak RSS %4s MB   (%s runs)\n' "$label" "$mt" "$mr" "$runs"
}

echo "java: $("$java_bin" -version 2>&1 | head -n 1)"
echo "config: 2,000 profiles, $(wc -c < "$work/.aws/config") bytes"
measure "--version (bin/sso-setup: CDS + C1)" "$root/bin/sso-setup" --version
measure "--version (plain java -jar)" "$java_bin" -jar "$jar" --version
measure "profiles, 2,000 (bin/sso-setup: CDS + C1)" "$root/bin/sso-setup" profiles
measure "profiles, 2,000 (plain java -jar)" "$java_bin" -jar "$jar" profiles
measure "profiles --format json, 2,000 (bin/sso-setup)" "$root/bin/sso-setup" profiles --format json
