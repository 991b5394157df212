package dev.ssosetup.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The asynchronous work of CreateAccountAssignment and ProvisionPermissionSet: each request is
 * {@code IN_PROGRESS} until its delay has passed, then {@code SUCCEEDED} (and its change takes
 * effect, once) or {@code FAILED} with the reason the failure switch held when it was made.
 * Thread-safe; the owner calls {@link #settle()} before reading state that requests change.
 */
final class Provisioning {
  /** What a request is: an assignment's creation or a permission set's provisioning. */
  enum Kind {
    ASSIGNMENT_CREATION,
    PERMISSION_SET_PROVISIONING
  }

  /** One request; {@code details} are the fields its status echoes. */
  static final class Job {
    final String id;
    final Kind kind;
    final Instant created;
    final Instant readyAt;
    final String failureReason;
    final Map<String, Object> details;
    private final Runnable effect;
    private boolean done;

    Job(
        String id,
        Kind kind,
        Instant created,
        Instant readyAt,
        String failureReason,
        Map<String, Object> details,
        Runnable effect) {
      this.id = id;
      this.kind = kind;
      this.created = created;
      this.readyAt = readyAt;
      this.failureReason = failureReason;
      this.details = details;
      this.effect = effect;
    }

    /** {@code IN_PROGRESS}, {@code SUCCEEDED} or {@code FAILED} at this time. */
    String status(Instant now) {
      if (now.isBefore(readyAt)) {
        return "IN_PROGRESS";
      }
      return failureReason == null ? "SUCCEEDED" : "FAILED";
    }
  }

  private final Map<String, Job> jobs = new LinkedHashMap<>();
  private final Clock clock;
  private final Secrets ids;

  Provisioning(Clock clock, Secrets ids) {
    this.clock = clock;
    this.ids = ids;
  }

  /** Starts a request that takes {@code delay} and then fails with the reason, or has effect. */
  synchronized Job start(
      Kind kind,
      Duration delay,
      String failureReason,
      Map<String, Object> details,
      Runnable effect) {
    Instant now = clock.instant();
    Job job =
        new Job(
            ids.requestId(),
            kind,
            now,
            now.plus(delay),
            failureReason,
            new LinkedHashMap<>(details),
            effect);
    jobs.put(job.id, job);
    return job;
  }

  /** The request with this id and kind, or null. */
  synchronized Job get(String id, Kind kind) {
    Job job = jobs.get(id);
    return job != null && job.kind == kind ? job : null;
  }

  /** Applies the effect of every request that has succeeded by now and was not applied yet. */
  void settle() {
    List<Job> due = new ArrayList<>();
    synchronized (this) {
      Instant now = clock.instant();
      for (Job job : jobs.values()) {
        if (!job.done && !now.isBefore(job.readyAt)) {
          job.done = true;
          if (job.failureReason == null) {
            due.add(job);
          }
        }
      }
    }
    due.forEach(job -> job.effect.run());
  }
}
