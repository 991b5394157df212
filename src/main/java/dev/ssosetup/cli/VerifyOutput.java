package dev.ssosetup.cli;

import static dev.ssosetup.common.TerminalText.safe;

import dev.ssosetup.common.DisplayWidth;
import dev.ssosetup.common.Messages;
import dev.ssosetup.profiles.ProfileInfo;
import dev.ssosetup.verify.Bucket;
import dev.ssosetup.verify.CheckStatus;
import dev.ssosetup.verify.Failure;
import dev.ssosetup.verify.VerifyAllResult;
import dev.ssosetup.verify.VerifyResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints verify's results as text: a profile's checks, or a table of every profile. Every line is
 * terminal-safe: it holds names from the config file and answers from AWS (an ARN, bucket names,
 * error messages).
 */
final class VerifyOutput {
  /** How {@code aws s3 ls} prints a bucket's creation date: local time, to the second. */
  private static final DateTimeFormatter S3_LS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  /** Profiles named at most in one line of the fixes under the table. */
  private static final int NAMES_PER_FIX = 5;

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean debug;
  private final Messages messages;
  private final ZoneId zone;

  /**
   * Output in {@code zone}, the user's time zone: bucket dates are local, as aws s3 ls shows them.
   */
  VerifyOutput(PrintWriter out, PrintWriter err, boolean debug, Messages messages, ZoneId zone) {
    this.out = out;
    this.err = err;
    this.debug = debug;
    this.messages = messages;
    this.zone = zone;
  }

  /**
   * For a profile that passed without a region: the AWS CLI and boto3 stop on it ("You must specify
   * a region"), so it works here and fails there. Two lines on stderr, the fix naming the SSO
   * region.
   */
  void regionWarning(VerifyResult result, String ssoRegion) {
    if (!result.ok() || result.profile().region() != null) {
      return;
    }
    String name = result.profile().name();
    err.println(safe(messages.get("verify.noRegion", name)));
    err.println(safe(messages.get("verify.noRegionFix", name, ssoRegion)));
    err.flush();
  }

  /** For {@code --all}: one line naming the profiles that passed without a region. */
  void regionWarnings(VerifyAllResult all) {
    List<String> names =
        all.results().stream()
            .filter(r -> r.ok() && r.profile().region() == null)
            .map(r -> r.profile().name())
            .toList();
    if (names.isEmpty()) {
      return;
    }
    err.println(
        safe(
            names.size() == 1
                ? messages.get("verify.noRegionOne", names(names))
                : messages.get("verify.noRegionMany", names.size(), names(names))));
    err.flush();
  }

  /** One profile: what it is, who it is, its buckets as {@code aws s3 ls} lists them, then OK. */
  void text(VerifyResult result) {
    Labels labels = new Labels(messages);
    out.println(
        safe(
            labels.line(
                "verify.label.profile",
                messages.get(
                    "verify.profileLine", result.profile().name(), describe(result.profile())))));
    if (result.identity().passed()) {
      out.println(safe(labels.line("verify.label.account", result.identity().account())));
      out.println(safe(labels.line("verify.label.arn", result.identity().arn())));
    }
    out.println(labels.line("verify.label.identity", status(result.identity().status(), null)));
    String s3 =
        result.s3().status() == CheckStatus.NOT_RUN
            ? messages.get("verify.status.notChecked")
            : status(result.s3().status(), result.s3().failure());
    if (result.s3().passed()) {
      s3 = messages.get("verify.s3Line", s3, buckets(result.s3().buckets().size()));
    }
    out.println(safe(labels.line("verify.label.s3", s3)));
    for (Bucket bucket : result.s3().buckets()) {
      out.println(safe(awsS3Ls(bucket)));
    }
    if (result.ok()) {
      out.println("OK");
    }
    out.flush();
  }

  /** One profile's failure on stderr: what is wrong, then what to do (and the trace, --debug). */
  void error(VerifyResult result) {
    Failure failure = result.failure();
    if (failure == null) {
      return;
    }
    err.println(safe("sso-setup: " + failure.message().in(messages)));
    if (failure.fix() != null) {
      err.println(safe(failure.fix().in(messages)));
    }
    trace(result);
    err.flush();
  }

  /** Every profile: a table, the profiles skipped, and one line per distinct fix. */
  void allText(VerifyAllResult all, Path configFile) {
    if (all.results().isEmpty()) {
      out.println(safe(messages.get("verify.all.none", configFile)));
    } else {
      Table table = new Table("PROFILE", "ACCOUNT", "ROLE", "IDENTITY", "S3", "DETAIL");
      for (VerifyResult result : all.results()) {
        ProfileInfo profile = result.profile();
        table.add(
            profile.name(),
            profile.accountId(),
            profile.roleName(),
            status(result.identity().status(), result.identity().failure()),
            status(result.s3().status(), result.s3().failure()),
            result.ok()
                ? buckets(result.s3().buckets().size())
                : result.failure().summary().in(messages));
      }
      out.print(table.render());
    }
    if (!all.skipped().isEmpty()) {
      out.println();
      int skipped = all.skipped().size();
      out.println(
          safe(
              messages.get(
                  skipped == 1 ? "verify.all.skippedOne" : "verify.all.skippedMany",
                  skipped,
                  names(all.skipped()))));
    }
    if (all.ok()) {
      out.println(messages.get("verify.all.passed", all.results().size()));
    } else if (!all.results().isEmpty()) {
      out.println();
      out.println(messages.get("verify.all.failed", all.failed(), all.results().size()));
      fixes(all).forEach((fix, profiles) -> out.println(safe("  " + names(profiles) + ": " + fix)));
    }
    out.flush();
    allErrors(all, configFile);
  }

  /** The one stderr line that says --all failed, and the traces under --debug. */
  void allErrors(VerifyAllResult all, Path configFile) {
    if (all.results().isEmpty()) {
      err.println(safe("sso-setup: " + messages.get("verify.all.noneError", configFile)));
      err.println(messages.get("verify.all.noneHint"));
    } else if (!all.ok()) {
      err.println(
          "sso-setup: "
              + messages.get("verify.all.failedError", all.failed(), all.results().size()));
      for (VerifyResult result : all.results()) {
        trace(result);
      }
    }
    err.flush();
  }

  /** Each distinct fix and the profiles it fixes; a login fixes every profile of a session. */
  private Map<String, List<String>> fixes(VerifyAllResult all) {
    Map<String, List<String>> fixes = new LinkedHashMap<>();
    for (VerifyResult result : all.results()) {
      Failure failure = result.failure();
      if (failure == null) {
        continue;
      }
      String fix =
          (failure.sessionFix() != null
                  ? failure.sessionFix()
                  : failure.fix() != null ? failure.fix() : failure.message())
              .in(messages);
      fixes.computeIfAbsent(fix, k -> new ArrayList<>()).add(result.profile().name());
    }
    return fixes;
  }

  private void trace(VerifyResult result) {
    Failure failure = result.failure();
    if (debug && failure != null && failure.cause() != null) {
      err.println(safe("[debug] " + result.profile().name() + ": " + failure.kind().code()));
      err.print(Throwables.render(failure.cause()));
    }
  }

  private String awsS3Ls(Bucket bucket) {
    String date =
        bucket.creationDate() == null
            ? " ".repeat(19)
            : S3_LS.format(bucket.creationDate().atZone(zone));
    return date + " " + bucket.name();
  }

  private String describe(ProfileInfo profile) {
    String form =
        switch (profile.form()) {
          case SSO_SESSION -> messages.get("verify.form.session", profile.ssoSession());
          case LEGACY_SSO -> messages.get("verify.form.legacy", profile.startUrl());
          case OTHER -> messages.get("verify.form.other");
        };
    return profile.roleName() == null
            || profile.accountId() == null
            || profile.form() == ProfileInfo.Form.OTHER
        ? form
        : messages.get("verify.form.withRole", profile.roleName(), profile.accountId(), form);
  }

  private String status(CheckStatus status, Failure failure) {
    return switch (status) {
      case PASSED -> messages.get("verify.status.ok");
      case FAILED ->
          messages.get(
              failure != null && failure.kind() == Failure.Kind.S3_DENIED
                  ? "verify.status.denied"
                  : "verify.status.failed");
      case NOT_RUN -> "-";
    };
  }

  private String buckets(int count) {
    return count == 0
        ? messages.get("verify.buckets.none")
        : count == 1
            ? messages.get("verify.buckets.one")
            : messages.get("verify.buckets.many", count);
  }

  private String names(List<String> names) {
    if (names.size() <= NAMES_PER_FIX) {
      return String.join(", ", names);
    }
    return messages.get(
        "verify.namesAndMore",
        String.join(", ", names.subList(0, NAMES_PER_FIX)),
        names.size() - NAMES_PER_FIX);
  }

  /**
   * The labels of one profile's lines ("Profile:", "S3:"), each padded to the widest, measured in
   * terminal columns, so that the values line up in any language.
   */
  private static final class Labels {
    private final Messages messages;
    private final int width;

    Labels(Messages messages) {
      this.messages = messages;
      int widest = 0;
      for (String key : KEYS) {
        widest = Math.max(widest, DisplayWidth.of(messages.get(key)));
      }
      this.width = widest + 1;
    }

    private static final String[] KEYS = {
      "verify.label.profile",
      "verify.label.account",
      "verify.label.arn",
      "verify.label.identity",
      "verify.label.s3"
    };

    String line(String key, String value) {
      String label = messages.get(key);
      return label + " ".repeat(width - DisplayWidth.of(label)) + value;
    }
  }
}
