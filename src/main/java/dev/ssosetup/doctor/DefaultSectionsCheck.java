package dev.ssosetup.doctor;

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
    String cli =
        last.equals("[profile default]")
            ? "the AWS CLI too, since it comes last"
            : "but the AWS CLI reads [default], since it comes last";
    return List.of(
        Finding.warning(
            NAME,
            checkup.file()
                + " has both [default] and [profile default]: the AWS SDKs read only [profile"
                + " default], "
                + cli
                + ".",
            "Merge them into one [default] section and delete the other."));
  }
}
