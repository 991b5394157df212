package dev.ssosetup.doctor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shape of doctor's report (docs/doctor.md), as plain maps and lists. */
public final class DoctorJson {
  private DoctorJson() {}

  public static Map<String, Object> report(DoctorReport report) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("configFile", report.file().toString());
    json.put("ok", report.ok());
    json.put("errors", report.count(Severity.ERROR));
    json.put("warnings", report.count(Severity.WARNING));
    json.put("info", report.count(Severity.INFO));
    List<Object> findings = new ArrayList<>();
    for (Finding finding : report.findings()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("severity", finding.severity().label());
      entry.put("check", finding.check());
      // Machine output: English in every language, as scripts expect.
      entry.put("message", finding.message().toString());
      entry.put("fix", finding.fix() == null ? null : finding.fix().toString());
      findings.add(entry);
    }
    json.put("findings", findings);
    return json;
  }
}
