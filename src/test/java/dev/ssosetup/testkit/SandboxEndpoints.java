package dev.ssosetup.testkit;

import dev.ssosetup.sandbox.Sandbox;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Points every AWS SDK client in this JVM at a sandbox through the system properties the SDK reads
 * for endpoint overrides (the same as the {@code AWS_ENDPOINT_URL_*} variables, which a test cannot
 * set), and restores the previous values on {@link #close()}. The SDK's internal clients (token
 * refresh and GetRoleCredentials inside {@code ProfileCredentialsProvider}) see only these, not a
 * client builder's {@code endpointOverride}.
 *
 * <p>System properties are global: use it only in tests that do not run in parallel.
 */
public final class SandboxEndpoints implements AutoCloseable {
  /** SDK system property for each endpoint variable, as the 2.57.8 client builders name them. */
  public static final Map<String, String> PROPERTY_OF_VARIABLE =
      Map.of(
          "AWS_ENDPOINT_URL_SSO_OIDC", "aws.endpointUrlSsoOidc",
          "AWS_ENDPOINT_URL_SSO", "aws.endpointUrlSso",
          "AWS_ENDPOINT_URL_STS", "aws.endpointUrlSts",
          "AWS_ENDPOINT_URL_S3", "aws.endpointUrlS3");

  private final Map<String, String> previous = new HashMap<>();

  private SandboxEndpoints(Map<String, String> variables) {
    Map<String, String> properties = new LinkedHashMap<>();
    variables.forEach(
        (variable, url) -> {
          String property = PROPERTY_OF_VARIABLE.get(variable);
          if (property == null) {
            throw new IllegalArgumentException("No SDK system property known for " + variable);
          }
          properties.put(property, url);
        });
    properties.forEach(
        (property, url) -> {
          previous.put(property, System.getProperty(property));
          System.setProperty(property, url);
        });
  }

  /** Sets the properties for the sandbox's four endpoints. */
  public static SandboxEndpoints pointAt(Sandbox sandbox) {
    return new SandboxEndpoints(sandbox.endpointVariables());
  }

  /** Sets the properties for the given {@code AWS_ENDPOINT_URL_*} variables. */
  public static SandboxEndpoints pointAt(Map<String, String> endpointVariables) {
    return new SandboxEndpoints(endpointVariables);
  }

  @Override
  public void close() {
    previous.forEach(
        (property, value) -> {
          if (value == null) {
            System.clearProperty(property);
          } else {
            System.setProperty(property, value);
          }
        });
    previous.clear();
  }
}
