#!/bin/sh
# Benchmarks `admin instance`: discovery of IAM Identity Center across every region where it runs
# (the SDK's list for the aws partition), all regions at once next to one region after the other,
# against the sandbox with 0, 50 and 150 ms of latency per request (or the latencies given).
#
#   bench/admin-instance.sh [latency-ms ...]
#
# From the project root it runs exactly these commands (CP is the test classpath):
#   ./mvnw -B -q test-compile org.apache.maven.plugins:maven-dependency-plugin:3.7.0:build-classpath \
#       -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
#   CP=target/test-classes:target/classes:$(cat target/bench.classpath)
#   java -cp "$CP" dev.ssosetup.bench.AdminInstanceBench 0 50 150
# The sandbox runs in the same JVM; the clients are built and warmed up before timing, so the
# numbers are the scan (5 runs each: median, then the range). Nothing reads or writes ~/.aws.
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile org.apache.maven.plugins:maven-dependency-plugin:3.7.0:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
mkdir -p target/bench-home
export HOME="$PWD/target/bench-home"
unset AWS_PROFILE AWS_CONFIG_FILE AWS_ENDPOINT_URL || true
export AWS_EC2_METADATA_DISABLED=true
if [ $# -eq 0 ]; then set -- 0 50 150; fi
java -cp "$CP" dev.ssosetup.bench.AdminInstanceBench "$@"
