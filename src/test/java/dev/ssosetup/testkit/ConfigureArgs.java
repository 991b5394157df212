package dev.ssosetup.testkit;

import java.util.ArrayList;
import java.util.List;

/** Command lines of {@code configure} that tests share. */
public final class ConfigureArgs {
  private ConfigureArgs() {}

  /**
   * {@code configure --non-interactive --no-login} of the team guide's {@code workday} profile
   * (sso-session corp, 123456789012, S3DynamoDBAccess), with these options before the closing
   * {@code --profile workday}.
   */
  public static String[] workday(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "configure",
                "--non-interactive",
                "--no-login",
                "--sso-session",
                "corp",
                "--start-url",
                "https://d-9067a1b2c3.awsapps.com/start",
                "--sso-region",
                "ap-northeast-1",
                "--account-id",
                "123456789012",
                "--role-name",
                "S3DynamoDBAccess"));
    args.addAll(List.of(more));
    args.add("--profile");
    args.add("workday");
    return args.toArray(String[]::new);
  }
}
