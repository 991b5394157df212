package dev.ssosetup.cli;

import dev.ssosetup.auth.LoginOptions;
import dev.ssosetup.auth.SsoSessionRef;
import dev.ssosetup.aws.AwsClients;
import dev.ssosetup.common.Environment;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import dev.ssosetup.config.ConfigKeys;
import dev.ssosetup.config.ConfigStore;
import dev.ssosetup.profiles.ProfileInfo;
import dev.ssosetup.profiles.SsoProfiles;
import dev.ssosetup.prompt.Prompter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.services.sso.auth.SsoCredentialsProvider;
import software.amazon.awssdk.services.sso.model.GetRoleCredentialsRequest;

/**
 * The administrator's credentials, as an application finds them: {@code --profile}, else the keys
 * in the environment, else {@code AWS_PROFILE}, else the {@code default} profile, else the rest of
 * the SDK's default chain (web identity, containers, instance metadata). An SSO profile (one that
 * {@code sso-setup configure} wrote) logs in like {@code login} does, through this run's token
 * cache, and gets its role credentials from the portal.
 */
final class AdminCredentials {
  /** The credentials and the region they suggest (for the partition), or null. */
  record Resolved(AwsCredentialsProvider provider, String region) {}

  private AdminCredentials() {}

  static Resolved resolve(
      CliContext context,
      String profileOption,
      AwsClients clients,
      LoginOptions login,
      Prompter prompter) {
    Environment environment = context.environment();
    String envRegion =
        Optional.ofNullable(environment.variable("AWS_REGION"))
            .orElse(environment.variable("AWS_DEFAULT_REGION"));
    String name = profileOption;
    if (name == null) {
      String keyId = environment.variable("AWS_ACCESS_KEY_ID");
      String secret = environment.variable("AWS_SECRET_ACCESS_KEY");
      if (keyId != null && secret != null) {
        String token = environment.variable("AWS_SESSION_TOKEN");
        return new Resolved(
            StaticCredentialsProvider.create(
                token == null
                    ? AwsBasicCredentials.create(keyId, secret)
                    : AwsSessionCredentials.create(keyId, secret, token)),
            envRegion);
      }
      name = environment.variable("AWS_PROFILE");
    }
    ConfigStore store = context.configStore();
    SsoProfiles profiles = SsoProfiles.load(store);
    ProfileFile files = profileFiles(context.configFile(), credentialsFile(environment));
    if (name == null) {
      if (files.profile("default").isEmpty()) {
        return new Resolved(DefaultCredentialsProvider.builder().build(), envRegion);
      }
      name = "default";
    }
    Optional<ProfileInfo> sso = profiles.profile(name).filter(ProfileInfo::isSso);
    if (sso.isPresent()) {
      ProfileInfo profile = sso.get();
      SsoSessionRef ref = profiles.sessionRef(profile);
      String token = context.ssoLogin(clients).login(ref, login, prompter).accessToken().reveal();
      SsoCredentialsProvider.Builder builder = SsoCredentialsProvider.builder();
      builder.ssoClient(clients.portal(ref.region()));
      builder.refreshRequest(
          GetRoleCredentialsRequest.builder()
              .accessToken(token)
              .accountId(profile.accountId())
              .roleName(profile.roleName())
              .build());
      AwsCredentialsProvider provider = builder.build();
      return new Resolved(provider, profile.region() != null ? profile.region() : ref.region());
    }
    if (files.profile(name).isEmpty()) {
      throw UserFacingException.usage(
          Text.of("admin.profile.unknown", name, context.configFile()),
          Text.of("admin.profile.unknownHint"));
    }
    String profileName = name;
    return new Resolved(
        ProfileCredentialsProvider.builder().profileFile(files).profileName(profileName).build(),
        files.profile(name).flatMap(p -> p.property(ConfigKeys.REGION)).orElse(envRegion));
  }

  private static Path credentialsFile(Environment environment) {
    String variable = environment.variable("AWS_SHARED_CREDENTIALS_FILE");
    return variable != null
        ? Path.of(variable)
        : environment.home().resolve(".aws").resolve("credentials");
  }

  /** The config and credentials files as the SDK merges them; a missing one is left out. */
  private static ProfileFile profileFiles(Path config, Path credentials) {
    ProfileFile.Aggregator aggregator = ProfileFile.aggregator();
    if (Files.isRegularFile(credentials)) {
      aggregator.addFile(
          ProfileFile.builder().content(credentials).type(ProfileFile.Type.CREDENTIALS).build());
    }
    if (Files.isRegularFile(config)) {
      aggregator.addFile(
          ProfileFile.builder().content(config).type(ProfileFile.Type.CONFIGURATION).build());
    }
    return aggregator.build();
  }
}
