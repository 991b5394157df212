package dev.ssosetup.doctor;

import dev.ssosetup.common.Text;
import java.util.List;

/**
 * {@code [default]} beside {@code [profile default]}: the AWS SDKs read only the latter, the AWS
 * CLI whichever comes last, so tools can disagree about the default profile.
 */
final class DefaultSectionsCheck implements Check {
  static final String NAME = "default-sections";

  @Override
  public List<Finding> run(Checkup checkup) {
    if (!checkup.readable()) {
      return List.of();
    }
    List<String> sections = checkup.document().defaultSections();
    if (!sections.contains("[default]") || !sections.contains("[profile default]")) {
      return List.of();
    }
    String last = sections.get(sections.size() - 1);
    String key =
        last.equals("[profile default]") ? "doctor.defaults.cliToo" : "doctor.defaults.cliOther";
    return List.of(
        Finding.warning(NAME, Text.of(key, checkup.file()), Text.of("doctor.defaults.fix")));
  }
}
