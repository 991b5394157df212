#!/bin/sh
# Benchmarks `verify --all` over 100 SSO profiles (100 accounts x 1 role, one sso-session) against
# the sandbox: 3 requests per profile (GetRoleCredentials, GetCallerIdentity, ListBuckets).
#
#   bench/verify.sh [in-process|process|all]   (default: all)
#
# From the project root it runs exactly these commands (CP is the test classpath):
#   ./mvnw -B -q package -DskipTests
#   ./mvnw -B -q test-compile org.apache.maven.plugins:maven-dependency-plugin:3.7.0:build-classpath \
#       -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
#   CP=target/test-classes:target/classes:$(cat target/bench.classpath)
#   in-process: the sandbox in the same JVM, verify --all through Main.run, 5 runs (the first in a
#   cold JVM) and one run with one profile at a time; with no latency and with 20 ms per request:
#      java -cp "$CP" dev.ssosetup.bench.VerifyBench in-process 0
#      java -cp "$CP" dev.ssosetup.bench.VerifyBench in-process 20
#   process: the sandbox in another JVM; the packaged jar, a new JVM per run, as a user runs it:
#      java -cp "$CP" dev.ssosetup.Main sandbox --accounts 100 --roles-per-account 1 \
#          --auto-approve --quiet > target/verify-bench-sandbox.env &
#      . target/verify-bench-sandbox.env      # the AWS_ENDPOINT_URL_* variables
#      java -cp "$CP" dev.ssosetup.bench.VerifyBench config START_URL REGION target/verify-bench-config
#      java -jar target/sso-setup.jar --config-file target/verify-bench-config \
#          login --sso-session bench --use-device-code --no-browser --force
#      /usr/bin/time -f '%e s, max RSS %M KB' java -jar target/sso-setup.jar \
#          --config-file target/verify-bench-config verify --all        (3 runs; then bin/sso-setup)
# Nothing here reads or writes ~/.aws: HOME is target/bench-home.
set -eu
cd "$(dirname "$0")/.."
mode=${1:-all}

./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile org.apache.maven.plugins:maven-dependency-plugin:3.7.0:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
mkdir -p target/bench-home
export HOME="$PWD/target/bench-home"
unset AWS_PROFILE AWS_CONFIG_FILE AWS_ENDPOINT_URL AWS_ENDPOINT_URL_SSO AWS_ENDPOINT_URL_SSO_OIDC \
  AWS_ENDPOINT_URL_STS AWS_ENDPOINT_URL_S3 || true
export AWS_EC2_METADATA_DISABLED=true

case $mode in
  in-process|all)
    java -cp "$CP" dev.ssosetup.bench.VerifyBench in-process 0
    java -cp "$CP" dev.ssosetup.bench.VerifyBench in-process 20
    ;;
esac
case $mode in
  process|all)
    echo "== process: the packaged jar, a new JVM per run; the sandbox in another JVM"
    rm -f target/verify-bench-sandbox.env
    java -cp "$CP" dev.ssosetup.Main sandbox --accounts 100 --roles-per-account 1 \
      --auto-approve --quiet > target/verify-bench-sandbox.env &
    sandbox=$!
    trap 'kill $sandbox 2>/dev/null || true' EXIT INT TERM
    tries=0
    until grep -q 'Serving' target/verify-bench-sandbox.env 2>/dev/null; do
      tries=$((tries + 1))
      if [ $tries -gt 300 ]; then echo "the sandbox did not start" >&2; exit 1; fi
      sleep 0.1
    done
    . target/verify-bench-sandbox.env
    start_url=$(sed -n 's/^# SSO start URL: *//p' target/verify-bench-sandbox.env)
    region=$(sed -n 's/^# SSO region: *//p' target/verify-bench-sandbox.env)
    config="$PWD/target/verify-bench-config"
    java -cp "$CP" dev.ssosetup.bench.VerifyBench config "$start_url" "$region" "$config"
    java -jar target/sso-setup.jar --config-file "$config" \
      login --sso-session bench --use-device-code --no-browser --force > /dev/null
    for run in 1 2 3; do
      printf 'java -jar, run %s: ' "$run"
      /usr/bin/time -f '%e s wall, max RSS %M KB' \
        java -jar target/sso-setup.jar --config-file "$config" verify --all > /dev/null
    done
    for run in 1 2 3; do
      printf 'bin/sso-setup (C1, SerialGC, AppCDS), run %s: ' "$run"
      /usr/bin/time -f '%e s wall, max RSS %M KB' \
        bin/sso-setup --config-file "$config" verify --all > /dev/null
    done
    kill $sandbox
    wait $sandbox 2>/dev/null || true
    trap - EXIT INT TERM
    ;;
esac
