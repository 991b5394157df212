package dev.ssosetup.auth;

import dev.ssosetup.common.Json;
import dev.ssosetup.common.Secret;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * sso-setup's own cache of OIDC client registrations, beside the token cache: one file per start
 * URL, region, scopes, session, grant types and OIDC endpoint, under a key the AWS CLI never uses
 * (so neither tool overwrites the other's), reused until 15 minutes before it expires.
 */
final class RegistrationCache {
  /** A registration this close to its expiry is replaced, like botocore's. */
  static final Duration EXPIRY_WINDOW = Duration.ofMinutes(15);

  private final CacheFiles files;
  private final Clock clock;

  RegistrationCache(CacheFiles files, Clock clock) {
    this.files = files;
    this.clock = clock;
  }

  /** What a registration is for; every field is part of the cache key. */
  record Key(
      SsoSessionRef session, List<String> scopes, List<String> grantTypes, String oidcEndpoint) {
    /** The SHA-1 of a JSON object with sorted keys, naming the file. */
    String fileName() {
      Map<String, Object> fields = new TreeMap<>();
      fields.put("tool", "sso-setup");
      fields.put("startUrl", session.startUrl());
      fields.put("region", session.region());
      fields.put("sessionName", session.name());
      fields.put("scopes", scopes);
      fields.put("grantTypes", grantTypes);
      fields.put("oidcEndpoint", oidcEndpoint);
      return CacheFiles.sha1Hex(Json.write(fields)) + ".json";
    }
  }

  Path file(Key key) {
    return files.directory().resolve(key.fileName());
  }

  /** The cached registration for the key while it has more than 15 minutes left, else a new one. */
  Registration get(Key key, Supplier<Registration> register) {
    Optional<Registration> cached = read(key);
    if (cached.isPresent()) {
      return cached.get();
    }
    Registration fresh = register.get();
    write(key, fresh);
    return fresh;
  }

  /** The cached registration, if it is usable for more than the expiry window. */
  Optional<Registration> read(Key key) {
    return files
        .read(file(key))
        .flatMap(RegistrationCache::registration)
        .filter(r -> r.expiresAt().isAfter(clock.instant().plus(EXPIRY_WINDOW)));
  }

  /** Forgets the key's registration (the service no longer knows the client). */
  void forget(Key key) {
    files.delete(file(key));
  }

  private void write(Key key, Registration registration) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("clientId", registration.clientId());
    fields.put("clientSecret", registration.clientSecret().reveal());
    fields.put("expiresAt", Timestamps.format(registration.expiresAt()));
    fields.put("scopes", registration.scopes());
    fields.put("grantTypes", registration.grantTypes());
    files.write(file(key), fields);
  }

  private static Optional<Registration> registration(Map<String, Object> fields) {
    String clientId = CacheFiles.string(fields, "clientId");
    String clientSecret = CacheFiles.string(fields, "clientSecret");
    Instant expiresAt = Timestamps.parse(CacheFiles.string(fields, "expiresAt"));
    if (clientId == null || clientSecret == null || expiresAt == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Registration(
            clientId,
            Secret.of(clientSecret),
            expiresAt,
            strings(fields.get("scopes")),
            strings(fields.get("grantTypes"))));
  }

  private static List<String> strings(Object value) {
    List<String> strings = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object element : list) {
        if (element instanceof String string) {
          strings.add(string);
        }
      }
    }
    return strings;
  }
}
