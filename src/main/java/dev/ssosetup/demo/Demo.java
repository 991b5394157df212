package dev.ssosetup.demo;

import dev.ssosetup.auth.BrowserOpener;
import dev.ssosetup.auth.LoginOptions;
import dev.ssosetup.auth.SsoLogin;
import dev.ssosetup.auth.TokenCache;
import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.common.DisplayWidth;
import dev.ssosetup.common.Environment;
import dev.ssosetup.common.ExitCode;
import dev.ssosetup.common.Messages;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.common.UserLanguage;
import dev.ssosetup.config.ConfigStore;
import dev.ssosetup.files.FileLocks;
import dev.ssosetup.prompt.NonInteractivePrompter;
import dev.ssosetup.prompt.Prompter;
import dev.ssosetup.sandbox.Approval;
import dev.ssosetup.sandbox.Fixture;
import dev.ssosetup.sandbox.Sandbox;
import dev.ssosetup.wizard.AwsCliWords;
import dev.ssosetup.wizard.ConfigureOptions;
import dev.ssosetup.wizard.ConfigureWizard;
import dev.ssosetup.wizard.LoginAccess;
import dev.ssosetup.wizard.ProfileSettings;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The team guide's journey on a machine with no AWS account (docs/spec.md §7.2): the sandbox plays
 * IAM Identity Center, a throwaway home folder plays {@code ~}, the configure wizard runs
 * (interactive on a terminal, scripted otherwise), the login is approved the way the browser would,
 * and {@code verify} proves the profile as an application would use it; last, the role's
 * credentials and a console link are shown as {@code credentials} and {@code console} make them.
 * The user's real {@code ~/.aws} is never read or written.
 */
public final class Demo {
  /** The profile and session the scripted run writes. */
  static final String PROFILE = "workday";

  static final String SESSION = "workday";

  /** The administrator's profile and session, and the user the administrator creates. */
  static final String ADMIN = "admin";

  static final String USER = "workday_worker";

  /** What the administrator runs: the team guide's user, permission set and account. */
  static final List<String> GRANT =
      List.of(
          "grant",
          "--user",
          USER,
          "--email",
          "workday_worker@example.com",
          "--permission-set",
          "S3DynamoDBAccess",
          "--managed-policy",
          "AmazonS3FullAccess",
          "--managed-policy",
          "AmazonDynamoDBFullAccess",
          "--account",
          "workday-production",
          "--sso-session",
          SESSION);

  private final Environment environment;
  private final PrintWriter out;
  private final PrintWriter err;
  private final PrintWriter debugLog;
  private final Messages messages;

  /**
   * @param debugLog where the --debug wire log goes, or null
   */
  public Demo(Environment environment, PrintWriter out, PrintWriter err, PrintWriter debugLog) {
    this(environment, out, err, debugLog, Messages.english());
  }

  /**
   * @param messages the words of the steps that have them in the bundles
   */
  public Demo(
      Environment environment,
      PrintWriter out,
      PrintWriter err,
      PrintWriter debugLog,
      Messages messages) {
    this.environment = environment;
    this.out = out;
    this.err = err;
    this.debugLog = debugLog;
    this.messages = messages;
  }

  /**
   * Runs the demo and returns the exit code of its verify step.
   *
   * @param terminal the prompter of a person at a terminal, or null for the scripted run
   * @param keep whether to keep the throwaway home afterwards (its path is printed)
   */
  public ExitCode run(Prompter terminal, boolean keep) {
    Path home = createHome();
    // The organisation before the team guide: only the administrator exists, and signs in first.
    try (Sandbox sandbox =
            Sandbox.builder().fixture(Fixture.guide()).approval(Approval.AUTO).build().start();
        SdkEndpointProperties endpoints = SdkEndpointProperties.set(sandbox.endpointVariables())) {
      Path config = home.resolve(".aws").resolve("config");
      Environment demoEnvironment = demoEnvironment(home);
      banner(sandbox, home);

      heading("demo.step.adminSignsIn", 1, "sso-setup configure --profile " + ADMIN);
      configure(sandbox, demoEnvironment, config, new NonInteractivePrompter(out, err), true);
      heading("demo.step.admin", 2, "sso-setup admin " + String.join(" ", GRANT));
      say("demo.childProcess");
      int granted = child(home, config, sandbox.endpointVariables(), grantArguments());
      if (granted != 0) {
        return ExitCode.FAILURE;
      }

      // From here on, logins are the user's, who now exists.
      sandbox.signInAs(USER);
      Prompter prompter =
          terminal != null ? terminal : new ScriptedPrompter(script(sandbox), out, err);
      heading("demo.step.user", 3, "sso-setup configure");
      ProfileSettings written = configure(sandbox, demoEnvironment, config, prompter, false);
      String profile = written.profile();
      String tokenKey = written.legacy() ? written.startUrl() : written.ssoSession();

      heading("demo.step.user", 4, "sso-setup verify --profile " + profile);
      say("demo.childProcessSdk");
      int verified =
          child(
              home,
              config,
              sandbox.endpointVariables(),
              List.of("--lang", language(), "verify", "--profile", profile));

      heading("demo.step.written", 5, "");
      written(config, demoEnvironment, tokenKey);
      new CredentialsStep(out, messages)
          .run(
              sandbox,
              demoEnvironment,
              config,
              profile,
              debugLog,
              () -> heading("demo.step.user", 6, "sso-setup credentials --profile " + profile),
              () ->
                  heading(
                      "demo.step.user",
                      7,
                      "sso-setup console --profile " + profile + " --url-only"));
      out.println();
      if (keep) {
        say("demo.kept", home);
        say("demo.lookAround", home);
      } else {
        say("demo.removed", home);
      }
      say("demo.next");
      return verified == 0 ? ExitCode.OK : ExitCode.FAILURE;
    } finally {
      if (!keep) {
        delete(home);
      }
    }
  }

  /**
   * The configure wizard with a login approved as the browser would: the administrator's from
   * flags, the user's from the prompter (a person at a terminal, or the script).
   */
  private ProfileSettings configure(
      Sandbox sandbox,
      Environment demoEnvironment,
      Path config,
      Prompter prompter,
      boolean administrator) {
    BrowserOpener browser =
        uri -> {
          prompter.say(messages.get("demo.approving"));
          sandbox.approveInBrowser(uri);
          return true;
        };
    // Locks too live in the throwaway home: the demo leaves nothing in the user's folders.
    FileLocks locks = FileLocks.of(demoEnvironment);
    try (AwsClients clients = new AwsClients(debugLog, config)) {
      SsoLogin login =
          new SsoLogin(
              clients,
              new TokenCache(demoEnvironment.ssoCacheDirectory(), demoEnvironment.clock(), locks),
              browser,
              demoEnvironment);
      return new ConfigureWizard(
              prompter,
              new ConfigStore(config, locks),
              null,
              new LoginAccess(login, clients, LoginOptions.defaults(), prompter, messages),
              messages)
          .run(administrator ? adminFlags(sandbox) : ConfigureOptions.none());
    }
  }

  private void written(Path config, Environment demoEnvironment, String tokenKey) {
    out.println(messages.get("demo.configFile", config));
    out.println();
    out.print(read(config));
    out.println();
    out.println(messages.get("demo.tokenCache"));
    try (Stream<Path> files = Files.list(demoEnvironment.ssoCacheDirectory())) {
      files
          .map(path -> path.getFileName().toString())
          .filter(name -> name.endsWith(".json"))
          .sorted()
          .forEach(
              name ->
                  out.println(
                      "  "
                          + demoEnvironment.ssoCacheDirectory().resolve(name)
                          + "  "
                          + (name.equals(TokenCache.fileName(tokenKey))
                              ? messages.get("demo.cache.user", tokenKey)
                              : name.equals(TokenCache.fileName(ADMIN))
                                  ? messages.get("demo.cache.admin", ADMIN)
                                  : messages.get("demo.cache.registration"))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void banner(Sandbox sandbox, Path home) {
    Fixture fixture = sandbox.fixture();
    say("demo.banner");
    out.println();
    Map<String, Object> rows = new LinkedHashMap<>();
    rows.put(messages.get("demo.label.home"), home);
    rows.put(messages.get("demo.label.startUrl"), sandbox.startUrl());
    rows.put(messages.get("demo.label.ssoRegion"), sandbox.region());
    rows.put(
        messages.get("demo.label.organisation"),
        messages.get("demo.organisation", fixture.accounts().size(), ADMIN));
    // The values line up in one column, measured in terminal columns for Japanese labels.
    int width = rows.keySet().stream().mapToInt(DisplayWidth::of).max().orElse(0) + 2;
    rows.forEach((label, value) -> out.println("  " + DisplayWidth.padRight(label, width) + value));
    out.flush();
  }

  /** A step's heading: its number, what it is, and the command it runs. */
  private void heading(String key, int number, String command) {
    out.println();
    out.println("== " + messages.get(key, number, command));
    out.println();
    out.flush();
  }

  /** A message of the narration, line by line. */
  private void say(String key, Object... arguments) {
    messages.get(key, arguments).lines().forEach(out::println);
    out.flush();
  }

  /**
   * The answers of the scripted run: what a person following the team guide types, with what the
   * administrator sent (the portal URL and the region).
   */
  private static Map<String, String> script(Sandbox sandbox) {
    Map<String, String> answers = new LinkedHashMap<>();
    answers.put(AwsCliWords.SESSION_NAME, SESSION);
    answers.put(AwsCliWords.START_URL, sandbox.startUrl());
    answers.put(AwsCliWords.SSO_REGION, sandbox.region());
    answers.put(AwsCliWords.SCOPES, "");
    answers.put(AwsCliWords.REGION, sandbox.region());
    answers.put(AwsCliWords.OUTPUT, "json");
    answers.put(AwsCliWords.PROFILE, PROFILE);
    return answers;
  }

  private List<String> grantArguments() {
    // The run's language (--lang, or the locale of the demo's environment) for the hand-off.
    List<String> arguments = new ArrayList<>(List.of("--lang", language(), "admin"));
    arguments.addAll(GRANT);
    arguments.addAll(List.of("--profile", ADMIN, "--non-interactive"));
    return arguments;
  }

  /** The run's language (--lang, or the locale), handed to the steps run as child processes. */
  private String language() {
    return UserLanguage.JAPANESE.locale().getLanguage().equals(messages.locale().getLanguage())
        ? "ja"
        : "en";
  }

  /** The administrator's profile, from flags: AdministratorAccess on the management account. */
  private static ConfigureOptions adminFlags(Sandbox sandbox) {
    return ConfigureOptions.builder()
        .ssoSession(ADMIN)
        .startUrl(sandbox.startUrl())
        .ssoRegion(sandbox.region())
        .accountId(sandbox.fixture().managementAccount())
        .roleName("AdministratorAccess")
        .region(sandbox.region())
        .output("json")
        .profile(ADMIN)
        .build();
  }

  private Environment demoEnvironment(Path home) {
    Map<String, String> changes = new LinkedHashMap<>();
    changes.put("HOME", home.toString());
    changes.put("USERPROFILE", home.toString());
    // The lock folder follows these when set; unset, it is under the throwaway home.
    changes.put("XDG_CACHE_HOME", null);
    changes.put("LOCALAPPDATA", null);
    changes.put("AWS_CONFIG_FILE", null);
    changes.put("AWS_PROFILE", null);
    return environment.withVariables(changes);
  }

  /** An sso-setup command in a child JVM whose HOME is the throwaway folder. */
  private int child(Path home, Path config, Map<String, String> endpoints, List<String> arguments) {
    List<String> command =
        new ArrayList<>(
            List.of(
                javaBinary(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.ssosetup.Main"));
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("AWS_"));
    env.put("HOME", home.toString());
    env.put("USERPROFILE", home.toString());
    env.remove("XDG_CACHE_HOME");
    env.remove("LOCALAPPDATA");
    env.put("AWS_CONFIG_FILE", config.toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve(".aws").resolve("credentials").toString());
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    env.putAll(endpoints);
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      try (BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = lines.readLine()) != null) {
          out.println(line);
          out.flush();
        }
      }
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw UserFacingException.failure(Text.of("demo.stepTimeout", step(arguments)), null);
      }
      return process.exitValue();
    } catch (IOException e) {
      throw UserFacingException.failure(
          Text.of("demo.stepNotStarted", step(arguments), e.getMessage()), null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw UserFacingException.interrupted();
    }
  }

  /** The command a step runs, after the global options: {@code admin}, {@code verify}. */
  private static String step(List<String> arguments) {
    return arguments.get(arguments.indexOf("--lang") + 2);
  }

  private static String javaBinary() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
  }

  private static Path createHome() {
    try {
      return Files.createTempDirectory("sso-setup-demo-");
    } catch (IOException e) {
      throw UserFacingException.failure(
          Text.of("demo.noHome", e.getMessage()), Text.of("demo.noHomeHint"), e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // Best effort: a throwaway folder under the temporary folder is harmless.
    }
  }
}
