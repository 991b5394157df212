package dev.ssosetup.bench;

import dev.ssosetup.admin.Instance;
import dev.ssosetup.admin.InstanceChoice;
import dev.ssosetup.admin.InstanceDiscovery;
import dev.ssosetup.aws.AdminClients;
import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.testkit.SandboxEndpoints;
import dev.ssosetup.testkit.SandboxLogin;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * {@code admin instance}'s discovery across every region where IAM Identity Center runs (the SDK's
 * list for the aws partition), all regions at once against one after the other, against the sandbox
 * with a simulated latency per request. {@code bench/admin-instance.sh} runs it:
 *
 * <pre>
 *   java -cp "$CP" dev.ssosetup.bench.AdminInstanceBench [latency-ms ...]   (default: 0 50 150)
 * </pre>
 *
 * The clients are built once and warmed up first, so the numbers are the scan itself: 5 runs of
 * each, median and range.
 */
public final class AdminInstanceBench {
  static final int RUNS = 5;

  private AdminInstanceBench() {}

  public static void main(String[] args) {
    List<Integer> latencies = new ArrayList<>();
    for (String arg : args) {
      latencies.add(Integer.parseInt(arg));
    }
    if (latencies.isEmpty()) {
      latencies.addAll(List.of(0, 50, 150));
    }
    try (Sandbox sandbox = Sandbox.builder().build().start();
        SandboxEndpoints endpoints = SandboxEndpoints.pointAt(sandbox)) {
      AwsCredentialsProvider admin = SandboxLogin.administrator(sandbox);
      try (AwsClients aws = new AwsClients(null);
          AdminClients clients = new AdminClients(admin, aws)) {
        List<String> regions = InstanceDiscovery.regionsInPartitionOf("us-east-1");
        InstanceDiscovery discovery = new InstanceDiscovery(clients::ssoAdmin, regions);
        Instance found = InstanceChoice.choose(discovery.scan(regions.size()), null);
        discovery.scan(1); // warm up every client and code path
        System.out.printf(
            Locale.ROOT,
            "admin instance discovery: %d regions (aws partition), instance in %s%n",
            regions.size(),
            found.region());
        System.out.printf(
            Locale.ROOT, "%-12s %-28s %-28s %s%n", "latency", "concurrent", "serial", "speed-up");
        for (int latency : latencies) {
          sandbox.setLatency(Duration.ofMillis(latency));
          List<Double> concurrent = time(() -> discovery.scan(regions.size()));
          List<Double> serial = time(() -> discovery.scan(1));
          System.out.printf(
              Locale.ROOT,
              "%-12s %-28s %-28s %.1fx%n",
              latency + " ms",
              summary(concurrent),
              summary(serial),
              median(serial) / median(concurrent));
        }
      }
    }
  }

  private static List<Double> time(Runnable scan) {
    List<Double> seconds = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      scan.run();
      seconds.add((System.nanoTime() - start) / 1e9);
    }
    Collections.sort(seconds);
    return seconds;
  }

  private static double median(List<Double> sorted) {
    return sorted.get(sorted.size() / 2);
  }

  private static String summary(List<Double> sorted) {
    return String.format(
        Locale.ROOT,
        "%.3f s (%.3f-%.3f)",
        median(sorted),
        sorted.get(0),
        sorted.get(sorted.size() - 1));
  }
}
