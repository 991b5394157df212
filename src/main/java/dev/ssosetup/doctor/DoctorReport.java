package dev.ssosetup.doctor;

import java.nio.file.Path;
import java.util.List;

/** What doctor found in a config file and the caches, in the order of its checks. */
public record DoctorReport(Path file, List<Finding> findings) {
  public DoctorReport {
    findings = List.copyOf(findings);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** No error: doctor exits 0 (warnings and notes do not fail it). */
  public boolean ok() {
    return count(Severity.ERROR) == 0;
  }
}
