package dev.ssosetup.wizard;

/**
 * What the user passed to {@code configure}: each field is null (or false) when its flag was not
 * given, and the wizard then asks, or takes the default.
 */
public record ConfigureOptions(
    String ssoSession,
    boolean legacy,
    String startUrl,
    String ssoRegion,
    String scopes,
    String accountId,
    String roleName,
    String region,
    String output,
    String profile,
    boolean noLogin,
    boolean dryRun,
    boolean force) {}
