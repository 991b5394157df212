package dev.ssosetup.profiles;

/** One {@code [sso-session]} block; fields it does not set are null. */
public record SessionInfo(String name, String startUrl, String region, String scopes) {}
