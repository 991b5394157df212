package dev.ssosetup.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
  @TempDir Path tmp;

  @AfterEach
  void removeTheInjectedFailure() {
    AtomicFileWriter.beforeRename = temp -> {};
  }

  @Test
  void write_failureBetweenTempFileAndRename_leavesOriginalAndBackupAndNoTempFile()
      throws IOException {
    Path file = tmp.resolve("config");
    AtomicFileWriter.write(file, bytes("first\n"), "rw-------", true);
    AtomicFileWriter.write(file, bytes("second\n"), "rw-------", true);
    List<Path> tempFiles = new java.util.ArrayList<>();
    AtomicFileWriter.beforeRename =
        temp -> {
          tempFiles.add(temp);
          assertThat(temp).hasContent("third\n"); // written and flushed before the seam
          throw new IOException("disk full (injected)");
        };

    assertThatThrownBy(() -> AtomicFileWriter.write(file, bytes("third\n"), "rw-------", true))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("injected");

    assertThat(file).hasContent("second\n");
    assertThat(tmp.resolve("config.bak")).hasContent("first\n");
    assertThat(tempFiles).singleElement().satisfies(temp -> assertThat(temp).doesNotExist());
    assertThat(names(tmp)).containsExactlyInAnyOrder("config", "config.bak");
  }

  @Test
  void write_failureBeforeRenameOfANewFile_leavesNothing() throws IOException {
    Path file = tmp.resolve("config");
    AtomicFileWriter.beforeRename =
        temp -> {
          throw new IOException("injected");
        };

    assertThatThrownBy(() -> AtomicFileWriter.write(file, bytes("x\n"), "rw-------", true))
        .isInstanceOf(IOException.class);

    assertThat(names(tmp)).isEmpty();
  }

  @Test
  void write_tempFile_isInTheSameFolderWithAHiddenUniqueName() throws IOException {
    Path file = tmp.resolve("config");
    List<Path> seen = new java.util.ArrayList<>();
    AtomicFileWriter.beforeRename = seen::add;

    AtomicFileWriter.write(file, bytes("x\n"), "rw-------", false);

    assertThat(seen)
        .singleElement()
        .satisfies(
            temp -> {
              assertThat(temp.getParent()).isEqualTo(file.getParent());
              assertThat(temp.getFileName().toString()).matches("\\.config\\..+\\.tmp");
            });
  }

  @Test
  void write_backup_holdsThePreviousContent_andIsOptional() throws IOException {
    Path file = tmp.resolve("config");
    AtomicFileWriter.write(file, bytes("one\n"), "rw-------", true);
    assertThat(tmp.resolve("config.bak")).doesNotExist();

    AtomicFileWriter.write(file, bytes("two\n"), "rw-------", true);
    assertThat(tmp.resolve("config.bak")).hasContent("one\n");

    AtomicFileWriter.write(file, bytes("three\n"), "rw-------", false);
    assertThat(file).hasContent("three\n");
    assertThat(tmp.resolve("config.bak")).hasContent("one\n");
  }

  @Test
  void write_newFile_is0600InNewFolders0700() throws IOException {
    assumePosix();
    Path file = tmp.resolve("home").resolve(".aws").resolve("config");

    AtomicFileWriter.write(file, bytes("x\n"), "rw-------", true);

    assertThat(mode(file)).isEqualTo("rw-------");
    assertThat(mode(file.getParent())).isEqualTo("rwx------");
    assertThat(mode(file.getParent().getParent())).isEqualTo("rwx------");
  }

  @Test
  void write_existingFile_keepsItsMode_andTheBackupGetsItToo() throws IOException {
    assumePosix();
    Path file = tmp.resolve("config");
    Files.writeString(file, "old\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

    AtomicFileWriter.write(file, bytes("new\n"), "rw-------", true);

    assertThat(file).hasContent("new\n");
    assertThat(mode(file)).isEqualTo("rw-r-----");
    assertThat(tmp.resolve("config.bak")).hasContent("old\n");
    assertThat(mode(tmp.resolve("config.bak"))).isEqualTo("rw-r-----");
  }

  @Test
  void write_existingFolder_keepsItsMode() throws IOException {
    assumePosix();
    Path folder = Files.createDirectory(tmp.resolve("shared"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));

    AtomicFileWriter.write(folder.resolve("config"), bytes("x\n"), "rw-------", true);

    assertThat(mode(folder)).isEqualTo("rwxr-xr-x");
  }

  @Test
  void write_throughASymbolicLink_replacesItsTarget_keepsTheLink_andTheBackupBesideIt()
      throws IOException {
    Path real = Files.createDirectory(tmp.resolve("dotfiles")).resolve("aws-config");
    Files.writeString(real, "old\n");
    Path link = Files.createDirectory(tmp.resolve(".aws")).resolve("config");
    try {
      Files.createSymbolicLink(link, Path.of("..", "dotfiles", "aws-config"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links are not available here: " + e);
    }

    AtomicFileWriter.write(link, bytes("new\n"), "rw-------", true);

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(real).hasContent("new\n");
    // Beside the name the user gave, not inside the repository the link points into.
    assertThat(link.resolveSibling("config.bak")).hasContent("old\n");
    assertThat(names(link.getParent())).containsExactlyInAnyOrder("config", "config.bak");
    assertThat(names(real.getParent())).containsExactly("aws-config");
  }

  private static void assumePosix() {
    assumeTrue(AtomicFileWriter.isPosix(Path.of(".")), "POSIX permissions are not supported here");
  }

  private static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
