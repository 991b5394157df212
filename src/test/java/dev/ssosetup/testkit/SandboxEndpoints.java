package dev.ssosetup.testkit;

import dev.ssosetup.demo.SdkEndpointProperties;
import dev.ssosetup.sandbox.Sandbox;
import java.util.Map;

/**
 * Points every AWS SDK client in this JVM at a sandbox for a test ({@link SdkEndpointProperties}:
 * the system properties the SDK reads, since a test cannot set {@code AWS_ENDPOINT_URL_*}), and
 * restores the previous values on {@link #close()}. Use it only in tests that do not run in
 * parallel.
 */
public final class SandboxEndpoints implements AutoCloseable {
  /** The SDK system property for each endpoint variable. */
  public static final Map<String, String> PROPERTY_OF_VARIABLE =
      SdkEndpointProperties.PROPERTY_OF_VARIABLE;

  private final SdkEndpointProperties properties;

  private SandboxEndpoints(Map<String, String> variables) {
    this.properties = SdkEndpointProperties.set(variables);
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
    properties.close();
  }
}
