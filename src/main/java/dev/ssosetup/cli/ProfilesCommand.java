package dev.ssosetup.cli;

import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.auth.TokenState;
import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Json;
import dev.ssosetup.common.LocalTimes;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.TerminalText;
import dev.ssosetup.profiles.ProfileInfo;
import dev.ssosetup.profiles.SessionInfo;
import dev.ssosetup.profiles.SsoProfiles;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code profiles}: every profile and sso-session of the config, with each session's token. */
@Command(name = "profiles", mixinStandardHelpOptions = true)
final class ProfilesCommand implements Callable<ExitCode> {
  enum Format {
    text,
    json
  }

  private final CliContext context;

  @Spec private CommandSpec spec;

  @Option(names = "--format", paramLabel = "text|json")
  private Format format = Format.text;

  ProfilesCommand(CliContext context) {
    this.context = context;
  }

  /** A session row: a named [sso-session], or the start URL of legacy profiles (name null). */
  private record SessionRow(
      String name, String startUrl, String region, String scopes, TokenState token) {}

  /**
   * Sets {@code --format} when the command line is read without picocli ({@link ProfilesShortcut}).
   */
  ProfilesCommand format(Format format) {
    this.format = format;
    return this;
  }

  @Override
  public ExitCode call() {
    return print(spec.commandLine().getOut());
  }

  /**
   * The command's work, printed to {@code out}: picocli's run and {@link ProfilesShortcut} share
   * it.
   */
  ExitCode print(PrintWriter out) {
    SsoProfiles profiles = SsoProfiles.load(context.configStore());
    TokenCache cache = context.tokenCache();
    List<SessionRow> sessions = sessionRows(profiles, cache);
    if (format == Format.json) {
      out.println(Json.writePretty(json(profiles, sessions)));
    } else {
      printText(out, profiles, sessions);
    }
    out.flush();
    return ExitCode.OK;
  }

  private static List<SessionRow> sessionRows(SsoProfiles profiles, TokenCache cache) {
    List<SessionRow> rows = new ArrayList<>();
    for (SessionInfo session : profiles.sessions()) {
      TokenState token =
          session.startUrl() == null || session.region() == null
              ? null
              : cache.state(profiles.sessionRef(session));
      rows.add(
          new SessionRow(
              session.name(), session.startUrl(), session.region(), session.scopes(), token));
    }
    Set<String> legacyUrls = new LinkedHashSet<>();
    for (ProfileInfo profile : profiles.profiles()) {
      if (profile.form() == ProfileInfo.Form.LEGACY_SSO
          && profile.startUrl() != null
          && profile.ssoRegion() != null
          && legacyUrls.add(profile.startUrl())) {
        SsoSessionRef ref =
            new SsoSessionRef(null, profile.startUrl(), profile.ssoRegion(), List.of());
        rows.add(
            new SessionRow(null, profile.startUrl(), profile.ssoRegion(), null, cache.state(ref)));
      }
    }
    return rows;
  }

  private void printText(PrintWriter out, SsoProfiles profiles, List<SessionRow> sessions) {
    Messages messages = context.messages();
    if (profiles.profiles().isEmpty() && sessions.isEmpty()) {
      out.println(TerminalText.safe(messages.get("cli.profiles.none", profiles.file())));
      out.println(messages.get("cli.profiles.create"));
      return;
    }
    Table table = new Table("PROFILE", "FORM", "SSO-SESSION", "ACCOUNT", "ROLE", "REGION");
    for (ProfileInfo profile : profiles.profiles()) {
      table.add(
          profile.name(),
          profile.form().label(),
          profile.ssoSession(),
          profile.accountId(),
          profile.roleName(),
          profile.region());
    }
    if (!profiles.profiles().isEmpty()) {
      out.print(table.render());
    }
    if (!sessions.isEmpty()) {
      if (!profiles.profiles().isEmpty()) {
        out.println();
      }
      Table sessionTable = new Table("SSO-SESSION", "START URL", "SSO REGION", "TOKEN");
      for (SessionRow session : sessions) {
        sessionTable.add(
            session.name() == null ? "(legacy)" : session.name(),
            session.startUrl(),
            session.region(),
            describe(session.token(), messages));
      }
      out.print(sessionTable.render());
    }
  }

  private String describe(TokenState token, Messages messages) {
    if (token == null) {
      return messages.get("cli.profiles.token.incomplete");
    }
    return switch (token.status()) {
      case VALID ->
          messages.get(
              "cli.profiles.token.valid",
              LocalTimes.minutes(token.expiresAt(), context.environment().clock().getZone()));
      case REFRESHABLE -> messages.get("cli.profiles.token.refreshable");
      case EXPIRED -> messages.get("cli.profiles.token.expired");
      case NONE -> messages.get("cli.profiles.token.none");
    };
  }

  private static Map<String, Object> json(SsoProfiles profiles, List<SessionRow> sessions) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("configFile", profiles.file().toString());
    List<Object> profileList = new ArrayList<>();
    for (ProfileInfo profile : profiles.profiles()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", profile.name());
      item.put("form", profile.form().label());
      item.put("ssoSession", profile.ssoSession());
      item.put("startUrl", profile.startUrl());
      item.put("ssoRegion", profile.ssoRegion());
      item.put("accountId", profile.accountId());
      item.put("roleName", profile.roleName());
      item.put("region", profile.region());
      item.put("output", profile.output());
      profileList.add(item);
    }
    root.put("profiles", profileList);
    List<Object> sessionList = new ArrayList<>();
    for (SessionRow session : sessions) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", session.name());
      item.put("legacy", session.name() == null);
      item.put("startUrl", session.startUrl());
      item.put("region", session.region());
      if (session.name() != null) {
        item.put("scopes", session.scopes());
      }
      Map<String, Object> token = new LinkedHashMap<>();
      token.put(
          "state",
          session.token() == null
              ? "incomplete"
              : session.token().status().name().toLowerCase(Locale.ROOT));
      Instant expiresAt = session.token() == null ? null : session.token().expiresAt();
      token.put("expiresAt", expiresAt == null ? null : expiresAt.toString());
      item.put("token", token);
      sessionList.add(item);
    }
    root.put("ssoSessions", sessionList);
    return root;
  }
}
