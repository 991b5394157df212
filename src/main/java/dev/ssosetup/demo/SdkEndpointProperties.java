package dev.ssosetup.demo;

import dev.ssosetup.aws.AwsService;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Points every AWS SDK client of this JVM at other endpoints through the system properties the SDK
 * reads for endpoint overrides (the in-process twins of the {@code AWS_ENDPOINT_URL_*} variables),
 * and restores the previous values on {@link #close()}. The SDK's internal clients (token refresh
 * and GetRoleCredentials inside {@code ProfileCredentialsProvider}) see only these. System
 * properties are global: the demo and tests use this, one at a time.
 */
public final class SdkEndpointProperties implements AutoCloseable {
  /**
   * The SDK system property for each endpoint variable, as the 2.57.8 client builders name them.
   * The sign-in one is read by sso-setup's console link (the federation endpoint is no SDK client),
   * named as the SDK names the property of its Sign-In service.
   */
  public static final Map<String, String> PROPERTY_OF_VARIABLE = propertyOfVariable();

  private static Map<String, String> propertyOfVariable() {
    Map<String, String> properties = new LinkedHashMap<>();
    for (AwsService service : AwsService.values()) {
      properties.put(service.variable(), service.property());
    }
    properties.put("AWS_ENDPOINT_URL_SIGNIN", "aws.endpointUrlSignin");
    return Map.copyOf(properties);
  }

  private final Map<String, String> previous = new HashMap<>();

  private SdkEndpointProperties(Map<String, String> properties) {
    properties.forEach(
        (property, url) -> {
          previous.put(property, System.getProperty(property));
          System.setProperty(property, url);
        });
  }

  /** Sets the properties for the given {@code AWS_ENDPOINT_URL_*} variables. */
  public static SdkEndpointProperties set(Map<String, String> endpointVariables) {
    Map<String, String> properties = new LinkedHashMap<>();
    endpointVariables.forEach(
        (variable, url) -> {
          String property = PROPERTY_OF_VARIABLE.get(variable);
          if (property == null) {
            throw new IllegalArgumentException("No SDK system property known for " + variable);
          }
          properties.put(property, url);
        });
    return new SdkEndpointProperties(properties);
  }

  @Override
  public synchronized void close() {
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
