package dev.ssosetup.auth;

import dev.ssosetup.prompt.Prompter;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;

/**
 * One new login: the SSO-OIDC client and the endpoint it calls, the session, the options, and the
 * prompter that tells the user what to do.
 */
record LoginRequest(
    SsoOidcClient oidc,
    String endpoint,
    SsoSessionRef session,
    LoginOptions options,
    Prompter prompter) {}
