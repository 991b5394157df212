package dev.ssosetup.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * sso-setup as a process of its own (a JVM on the test class path), for what an in-process run
 * cannot show: signals, exit codes of children, and other programs running sso-setup. Its
 * environment is only what the test gives, plus {@code PATH}, so the test JVM's {@code HOME} and
 * {@code AWS_*} variables never leak in.
 */
public final class SsoSetupProcess {
  private SsoSetupProcess() {}

  /** The words that start sso-setup: {@code java ... dev.ssosetup.Main}. */
  public static List<String> command() {
    List<String> command = new ArrayList<>();
    command.add(javaBinary());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.ssosetup.Main");
    return command;
  }

  /** The same as one line for {@code sh -c} (the test paths hold no characters a shell minds). */
  public static String commandLine() {
    return String.join(" ", command());
  }

  /** An environment with a home folder, {@code PATH}, and the given variables. */
  public static Map<String, String> environment(Path home, Map<String, String> variables) {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    environment.put("HOME", home.toString());
    environment.put("AWS_EC2_METADATA_DISABLED", "true");
    environment.put("LANG", "C.UTF-8");
    environment.putAll(variables);
    return environment;
  }

  /** Starts sso-setup with these arguments and environment; output goes to the given files. */
  public static Process start(
      Map<String, String> environment, Path stdout, Path stderr, String... args)
      throws IOException {
    List<String> command = command();
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);
    return builder.start();
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
