package dev.ssosetup.auth;

import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;

/** The tokens a login flow got, and the registered client they were issued to. */
record IssuedTokens(CreateTokenResponse response, Registration client) {}
