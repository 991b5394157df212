#!/bin/sh
# Benchmarks `populate` against the sandbox: 1,000 accounts x 3 roles, 20 ms latency per request.
#
#   bench/populate.sh [throttled|overdriven|unthrottled|memory [MAX_RPS]|all]   (default: all)
#
# From the project root it runs exactly these commands (CP is the test classpath):
#   ./mvnw -B -q test-compile org.apache.maven.plugins:maven-dependency-plugin:3.7.0:build-classpath \
#       -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
#   CP=target/test-classes:target/classes:$(cat target/bench.classpath)
#   throttled: the portal throttles at 20 req/s, populate runs at --max-rps 20, 3 runs; wall time
#   against the bound of portal calls / 20 per second (sandbox in-process):
#      java -cp "$CP" dev.ssosetup.bench.PopulateBench throttled 3
#   overdriven (not in all): the same portal with --max-rps 30; the 429s are retried:
#      java -cp "$CP" dev.ssosetup.bench.PopulateBench overdriven 30
#   unthrottled: no throttle; 16 calls in flight against one at a time and the 1,000 x 20 ms floor:
#      java -cp "$CP" dev.ssosetup.bench.PopulateBench unthrottled
#   memory: populate alone in a JVM with bin/sso-setup's flags, the sandbox in another JVM; peak RSS
#   from /usr/bin/time and /proc/self/status (VmHWM), with the default heap and with -Xmx32m; a
#   populate run, then a --dry-run that updates all 3,000 profiles (the largest diff); MAX_RPS
#   defaults to 100000 (16 calls in flight, the most populate holds at once); 20 is the real pace:
#      java -cp "$CP" dev.ssosetup.Main sandbox --accounts 1000 --roles-per-account 3 \
#          --latency-ms 20 --auto-approve --quiet > target/bench-sandbox.env &
#      . target/bench-sandbox.env     # the AWS_ENDPOINT_URL_* variables
#      /usr/bin/time -f 'max RSS %M KB' java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC [-Xmx32m] \
#          -cp "$CP" dev.ssosetup.bench.PopulateBench remote \
#          https://d-9067a1b2c3.awsapps.com/start ap-northeast-1 MAX_RPS
# Nothing here reads or writes ~/.aws: configs go to temporary folders, HOME to target/bench-home.
set -eu
cd "$(dirname "$0")/.."
mode=${1:-all}

./mvnw -B -q test-compile org.apache.maven.plugins:maven-dependency-plugin:3.7.0:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
mkdir -p target/bench-home
export HOME="$PWD/target/bench-home"
unset AWS_PROFILE AWS_CONFIG_FILE AWS_ENDPOINT_URL AWS_ENDPOINT_URL_SSO AWS_ENDPOINT_URL_SSO_OIDC || true
export AWS_EC2_METADATA_DISABLED=true

case $mode in
  throttled|all) java -cp "$CP" dev.ssosetup.bench.PopulateBench throttled 3 ;;
esac
case $mode in
  overdriven) java -cp "$CP" dev.ssosetup.bench.PopulateBench overdriven 30 ;;
esac
case $mode in
  unthrottled|all) java -cp "$CP" dev.ssosetup.bench.PopulateBench unthrottled ;;
esac
case $mode in
  memory|all)
    rps=${2:-100000}
    echo "== memory: populate alone in a JVM (bin/sso-setup's flags), the sandbox in another;" \
      "--max-rps $rps"
    rm -f target/bench-sandbox.env
    java -cp "$CP" dev.ssosetup.Main sandbox --accounts 1000 --roles-per-account 3 \
      --latency-ms 20 --auto-approve --quiet > target/bench-sandbox.env &
    sandbox=$!
    trap 'kill $sandbox 2>/dev/null || true' EXIT INT TERM
    tries=0
    until grep -q 'Serving' target/bench-sandbox.env 2>/dev/null; do
      tries=$((tries + 1))
      if [ $tries -gt 300 ]; then echo "the sandbox did not start" >&2; exit 1; fi
      sleep 0.1
    done
    . target/bench-sandbox.env
    for heap in default -Xmx32m; do
      echo "-- heap: $heap"
      if [ "$heap" = default ]; then heap_flag=; else heap_flag=$heap; fi
      # shellcheck disable=SC2086 # an empty heap_flag must vanish
      /usr/bin/time -f 'max RSS %M KB (/usr/bin/time)' \
        java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC $heap_flag -cp "$CP" \
        dev.ssosetup.bench.PopulateBench remote \
        https://d-9067a1b2c3.awsapps.com/start ap-northeast-1 "$rps"
    done
    kill $sandbox
    wait $sandbox 2>/dev/null || true
    trap - EXIT INT TERM
    ;;
esac
