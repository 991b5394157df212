package dev.ssosetup.config;

import java.util.Objects;

/**
 * Which section of the config file: {@code [default]}/{@code [profile NAME]}, {@code [sso-session
 * NAME]}, {@code [services NAME]}.
 */
public record SectionId(Kind kind, String name) {

  /** The kinds of section the AWS SDKs read from the config file. */
  public enum Kind {
    PROFILE,
    SSO_SESSION,
    SERVICES
  }

  public SectionId {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  // Written out: a record's generated equals and hashCode go through method handles, which cost
  // more than the lookups themselves in a short run that indexes thousands of sections.
  @Override
  public boolean equals(Object other) {
    return other instanceof SectionId id && kind == id.kind && name.equals(id.name);
  }

  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + name.hashCode();
  }

  public static SectionId profile(String name) {
    return new SectionId(Kind.PROFILE, name);
  }

  public static SectionId ssoSession(String name) {
    return new SectionId(Kind.SSO_SESSION, name);
  }

  public static SectionId services(String name) {
    return new SectionId(Kind.SERVICES, name);
  }

  /**
   * Header for a NEW section: "[default]" for profile default, "[profile NAME]", "[sso-session
   * NAME]", "[services NAME]".
   */
  public String header() {
    return switch (kind) {
      case PROFILE -> name.equals("default") ? "[default]" : "[profile " + name + "]";
      case SSO_SESSION -> "[sso-session " + name + "]";
      case SERVICES -> "[services " + name + "]";
    };
  }
}
