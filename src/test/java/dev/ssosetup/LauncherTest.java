package dev.ssosetup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssosetup.testkit.Await;
import dev.ssosetup.testkit.SsoSetupProcess;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/sso-setup} itself, run by {@code sh} in a copy of the build tree: a jar of the
 * compiled classes (its manifest names the dependency jars), the launcher beside it. It uses its
 * class-data-sharing archive only when the stamp names this JDK and this jar and neither changed
 * since; otherwise it starts without it, with no warning, and makes a new one in the background.
 * {@code --debug} says which. The same launcher in a release's layout ({@code lib/sso-setup.jar},
 * no archive shipped) keeps its archive in the user's cache folder. POSIX only.
 */
@Timeout(600)
class LauncherTest {
  private static final Duration REBUILD_WAIT = Duration.ofMinutes(5);

  @TempDir Path tree;
  private Path launcher;
  private Path jar;
  private Path archive;
  private Path stamp;

  @BeforeEach
  void buildTree() throws IOException {
    assumeTrue(new File("/bin/sh").canExecute(), "no POSIX shell here");
    Path bin = Files.createDirectories(tree.resolve("bin"));
    launcher = bin.resolve("sso-setup");
    Files.copy(Path.of("bin", "sso-setup"), launcher);
    Path target = Files.createDirectories(tree.resolve("target"));
    jar = target.resolve("sso-setup.jar");
    archive = target.resolve("sso-setup.jsa");
    stamp = target.resolve("sso-setup.jsa.stamp");
    writeJar(jar);
  }

  /** The main classes as a jar; its Class-Path names the jars of this test's class path. */
  private static void writeJar(Path jar) throws IOException {
    Path classes;
    try {
      classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
    List<String> dependencies = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith(".jar")) {
        // Relative to the jar's folder, as class-data sharing reads a Class-Path.
        Path relative = jar.getParent().relativize(Path.of(entry).toAbsolutePath());
        dependencies.add(relative.toString().replace('\\', '/'));
      }
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", dependencies));
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest);
        Stream<Path> files = Files.walk(classes)) {
      for (Path path : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
        Files.copy(path, out);
        out.closeEntry();
      }
    }
  }

  private record Run(int exitCode, String out, String err) {}

  private Run launch(Map<String, String> variables, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
    command.addAll(List.of(args));
    Path out = tree.resolve("out.txt");
    Path err = tree.resolve("err.txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().clear();
    Map<String, String> environment =
        SsoSetupProcess.environment(Files.createDirectories(tree.resolve("home")), variables);
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the launcher ended").isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Run debugVersion() throws Exception {
    Run run = launch(Map.of(), "--debug", "--version");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).as(run.toString()).startsWith("sso-setup ");
    // One line about the archive, and no warning of the JVM's beside it.
    assertThat(run.err().lines()).as(run.toString()).hasSize(1);
    return run;
  }

  /** Waits until no archive is being made (the lock folder is gone), then for the stamp. */
  private void awaitRebuild() {
    Path lock = archive.resolveSibling("sso-setup.jsa.lock");
    Await.until(
        REBUILD_WAIT,
        () -> !Files.exists(lock) && Files.exists(stamp),
        () -> "the archive being made in the background (lock " + Files.exists(lock) + ")");
  }

  @Test
  void archiveMadeForThisJdkAndJar_isUsed_andAStaleOneIsRemadeWithoutAWarning() throws Exception {
    Run made = launch(Map.of("SSO_SETUP_CDS", "make"));
    assertThat(made.exitCode()).as(made.toString()).isZero();
    assertThat(archive).isRegularFile();
    List<String> stampLines = Files.readAllLines(stamp);
    assertThat(stampLines.get(0))
        .isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java").toRealPath().toString());
    assertThat(stampLines.get(1)).endsWith("/target/sso-setup.jar");

    assertThat(debugVersion().err()).contains("class-data sharing: the archive " + archive);

    // A rebuilt jar: newer than the archive, which no longer matches it.
    Files.setLastModifiedTime(
        archive, FileTime.from(Files.getLastModifiedTime(jar).toInstant().minusSeconds(60)));
    assertThat(debugVersion().err())
        .contains("class-data sharing: not the archive", "a new one is being made");
    awaitRebuild();
    assertThat(debugVersion().err()).contains("class-data sharing: the archive " + archive);

    // An archive made by another JDK.
    Files.writeString(stamp, "/elsewhere/jdk/bin/java\n" + stampLines.get(1) + "\n");
    assertThat(debugVersion().err()).contains("class-data sharing: not the archive");
    awaitRebuild();
    assertThat(Files.readAllLines(stamp)).isEqualTo(stampLines);
  }

  @Test
  void archiveTheJvmRefuses_isLeftOutSilently() throws Exception {
    Path realJava = Path.of(System.getProperty("java.home"), "bin", "java").toRealPath();
    Files.writeString(archive, "not an archive");
    Files.writeString(stamp, realJava + "\n" + jar + "\n");
    Instant later = Instant.now().plusSeconds(5);
    Files.setLastModifiedTime(archive, FileTime.from(later));

    Run run = debugVersion();
    assertThat(run.err()).contains("the JVM refused the archive");
  }

  @Test
  void release_makesItsArchiveInTheUsersCache_andNoneWhereOthersCanWrite() throws Exception {
    Path release = Files.createDirectories(tree.resolve("release"));
    launcher = Files.createDirectories(release.resolve("bin")).resolve("sso-setup");
    Files.copy(Path.of("bin", "sso-setup"), launcher);
    writeJar(Files.createDirectories(release.resolve("lib")).resolve("sso-setup.jar"));
    Path cache = tree.resolve("home").resolve(".cache").resolve("sso-setup").resolve("cds");

    assertThat(debugVersion().err())
        .contains("class-data sharing: not the archive " + cache, "a new one is being made");
    awaitArchiveIn(cache);
    assertThat(Files.getPosixFilePermissions(cache))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    Path made;
    try (Stream<Path> files = Files.list(cache)) {
      made = files.filter(f -> f.toString().endsWith(".jsa")).findFirst().orElseThrow();
    }
    assertThat(debugVersion().err()).contains("class-data sharing: the archive " + made + ".");
    assertThat(archive).as("nothing written into the build tree").doesNotExist();

    // No archive is made in a folder others can write to.
    Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
    Files.delete(made);
    Run refused = launch(Map.of("SSO_SETUP_CDS", "make"));
    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
    assertThat(refused.err()).contains("cannot write " + cache);
    assertThat(made).doesNotExist();
  }

  /** Waits until a folder holds a made archive's stamp and no archive is being made there. */
  private static void awaitArchiveIn(Path folder) {
    Await.until(
        REBUILD_WAIT,
        () -> {
          List<String> names = namesIn(folder);
          return names.stream().anyMatch(n -> n.endsWith(".jsa.stamp"))
              && names.stream().noneMatch(n -> n.endsWith(".lock"));
        },
        () -> "no archive was made in " + folder + "; it holds " + namesIn(folder));
  }

  private static List<String> namesIn(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void sharingOff_usesNoArchive_andMakesNone() throws Exception {
    Run run = launch(Map.of("SSO_SETUP_CDS", "off"), "--debug", "--version");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).contains("class-data sharing: no archive of sso-setup's");
    assertThat(archive).doesNotExist();
    assertThat(archive.resolveSibling("sso-setup.jsa.lock")).doesNotExist();
  }

  /**
   * {@code LANG=ja_JP.UTF-8} on a machine without that locale (this one has only C, C.utf8 and
   * POSIX): the C library falls back to ASCII, and so would the JVM's console charset. At a real
   * terminal (a pseudo-terminal made by {@code script}), the launcher's output is still UTF-8.
   */
  @Test
  void japaneseLocaleThatIsNotInstalled_stillPrintsUtf8AtATerminal() throws Exception {
    assumeTrue(new File("/usr/bin/script").canExecute(), "no script(1) to make a terminal");
    Path typescript = tree.resolve("typescript.txt");
    ProcessBuilder builder =
        new ProcessBuilder(
                "/usr/bin/script",
                "-q",
                "-e",
                "-c",
                "sh '" + launcher + "' --help > /dev/tty",
                "/dev/null")
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(typescript.toFile())
            .redirectErrorStream(true);
    builder.environment().clear();
    Map<String, String> environment =
        SsoSetupProcess.environment(
            Files.createDirectories(tree.resolve("home")),
            Map.of("LANG", "ja_JP.UTF-8", "SSO_SETUP_CDS", "off", "TERM", "dumb"));
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the launcher ended").isTrue();
    byte[] bytes = Files.readAllBytes(typescript);
    String text = new String(bytes, StandardCharsets.UTF_8);

    assertThat(process.exitValue()).as(text).isZero();
    assertThat(java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes))
        .as("the output is valid UTF-8: " + text)
        .isTrue();
    assertThat(text).contains("コマンド:", "終了コード:").doesNotContain("??");
  }
}
