package dev.ssosetup.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssoadmin.model.InstanceMetadata;

/**
 * Finds IAM Identity Center by asking every region where it can run for its instances, several
 * regions at once: whatever region the credentials or the config name, the instance lives in one
 * home region, and nothing else says which. Nothing is cached: every command asks again.
 */
public final class InstanceDiscovery {
  /** What one region answered: its instances, or the error it gave. */
  public record RegionAnswer(String region, List<Instance> instances, SdkException error) {}

  /** Every region's answer, in the order of the region list. */
  public record Scan(List<RegionAnswer> answers) {
    public List<Instance> instances() {
      List<Instance> found = new ArrayList<>();
      answers.forEach(answer -> found.addAll(answer.instances()));
      return found;
    }

    public List<RegionAnswer> failures() {
      return answers.stream().filter(answer -> answer.error() != null).toList();
    }
  }

  private final Function<String, SsoAdminClient> clients;
  private final List<String> regions;

  /**
   * @param clients the sso-admin client of a region (called once per region)
   * @param regions the regions to ask
   */
  public InstanceDiscovery(Function<String, SsoAdminClient> clients, List<String> regions) {
    this.clients = clients;
    this.regions = List.copyOf(regions);
  }

  /**
   * The regions where IAM Identity Center can run, as the SDK's endpoint metadata lists them for
   * its service ({@code sso}), in the partition of {@code region} (aws, aws-cn, aws-us-gov, ...).
   */
  public static List<String> regionsInPartitionOf(String region) {
    RegionMetadata home = region == null ? null : Region.of(region).metadata();
    String partition = home == null ? "aws" : home.partition().id();
    List<String> result = new ArrayList<>();
    for (Region candidate : SsoAdminClient.serviceMetadata().regions()) {
      RegionMetadata metadata = candidate.metadata();
      if (metadata != null && metadata.partition().id().equals(partition)) {
        result.add(candidate.id());
      }
    }
    return result;
  }

  public List<String> regions() {
    return regions;
  }

  /** Asks every region, {@code parallelism} at a time (1: one after the other). */
  public Scan scan(int parallelism) {
    if (parallelism <= 1) {
      List<RegionAnswer> answers = new ArrayList<>();
      regions.forEach(region -> answers.add(ask(region)));
      return new Scan(answers);
    }
    ExecutorService pool = Executors.newFixedThreadPool(parallelism, daemonThreads());
    try {
      List<Future<RegionAnswer>> futures = new ArrayList<>();
      regions.forEach(region -> futures.add(pool.submit(() -> ask(region))));
      List<RegionAnswer> answers = new ArrayList<>();
      for (Future<RegionAnswer> future : futures) {
        answers.add(future.get());
      }
      return new Scan(answers);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while asking the regions", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private RegionAnswer ask(String region) {
    try {
      List<Instance> instances = new ArrayList<>();
      for (InstanceMetadata metadata :
          clients.apply(region).listInstancesPaginator(r -> {}).instances()) {
        instances.add(
            new Instance(
                region,
                metadata.instanceArn(),
                metadata.identityStoreId(),
                metadata.ownerAccountId()));
      }
      return new RegionAnswer(region, instances, null);
    } catch (SdkException e) {
      return new RegionAnswer(region, List.of(), e);
    }
  }

  private static ThreadFactory daemonThreads() {
    return runnable -> {
      Thread thread = new Thread(runnable, "sso-setup-discovery");
      thread.setDaemon(true);
      return thread;
    };
  }
}
