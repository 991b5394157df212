package dev.ssosetup.verify;

import dev.ssosetup.profiles.ProfileInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of verify's results (docs/verify.md), as plain maps and lists for {@code
 * common.Json}. Every key is always present; what is unknown is {@code null}. Sentences are in
 * English in every locale: scripts read this.
 */
public final class VerifyJson {
  private VerifyJson() {}

  /** One profile: the object {@code verify --profile P --format json} prints. */
  public static Map<String, Object> profile(VerifyResult result) {
    ProfileInfo profile = result.profile();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", profile.name());
    json.put("form", profile.form().label());
    json.put("ssoSession", profile.ssoSession());
    json.put("accountId", profile.accountId());
    json.put("roleName", profile.roleName());
    json.put("identity", identity(result.identity()));
    json.put("s3", s3(result.s3()));
    json.put("ok", result.ok());
    Failure failure = result.failure();
    json.put("failure", failure == null ? null : failure.kind().code());
    json.put("fix", failure == null || failure.fix() == null ? null : failure.fix().toString());
    return json;
  }

  /** Every profile: the object {@code verify --all --format json} prints. */
  public static Map<String, Object> all(Path configFile, VerifyAllResult all) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("configFile", configFile.toString());
    json.put("ok", all.ok());
    json.put("checked", all.results().size());
    json.put("failed", all.failed());
    json.put("skipped", all.skipped());
    List<Object> profiles = new ArrayList<>();
    all.results().forEach(result -> profiles.add(profile(result)));
    json.put("profiles", profiles);
    return json;
  }

  private static Map<String, Object> identity(IdentityCheck check) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("checked", check.status() != CheckStatus.NOT_RUN);
    json.put("ok", check.passed());
    json.put("account", check.account());
    json.put("arn", check.arn());
    json.put("error", check.failure() == null ? null : check.failure().message().toString());
    return json;
  }

  private static Map<String, Object> s3(BucketCheck check) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("checked", check.status() != CheckStatus.NOT_RUN);
    json.put("ok", check.passed());
    List<Object> buckets = new ArrayList<>();
    for (Bucket bucket : check.buckets()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", bucket.name());
      entry.put(
          "creationDate", bucket.creationDate() == null ? null : bucket.creationDate().toString());
      buckets.add(entry);
    }
    json.put("buckets", buckets);
    json.put("error", check.failure() == null ? null : check.failure().message().toString());
    return json;
  }
}
