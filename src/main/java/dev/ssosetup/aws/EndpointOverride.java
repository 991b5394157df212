package dev.ssosetup.aws;

import dev.ssosetup.common.TerminalText;
import dev.ssosetup.common.Text;
import dev.ssosetup.common.UserFacingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Checks the endpoint override the AWS SDK for Java will use for a service before a client is
 * built, so that a mistyped {@code AWS_ENDPOINT_URL_*} (a host with no {@code http://}, a stray
 * space, an empty value) is bad input naming the setting, not an SDK exception from deep inside the
 * client builder.
 *
 * <p>It looks where the SDK looks, in the SDK's order, and checks only the setting that wins: the
 * service's system property, the service's variable, then {@code aws.endpointUrl} and {@code
 * AWS_ENDPOINT_URL}; none of them when {@code AWS_IGNORE_CONFIGURED_ENDPOINT_URLS} (or its system
 * property) is {@code true}. The SDK neither trims a value nor skips an empty one, so neither does
 * this. The config file's {@code endpoint_url} is not checked here (the SDK reads it per profile).
 */
public final class EndpointOverride {
  static final String GLOBAL_PROPERTY = "aws.endpointUrl";
  static final String GLOBAL_VARIABLE = "AWS_ENDPOINT_URL";
  static final String IGNORE_PROPERTY = "aws.ignoreConfiguredEndpointUrls";
  static final String IGNORE_VARIABLE = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";

  private final UnaryOperator<String> properties;
  private final UnaryOperator<String> variables;

  /** Reads settings with {@code properties} (system properties) and {@code variables} (env). */
  EndpointOverride(UnaryOperator<String> properties, UnaryOperator<String> variables) {
    this.properties = properties;
    this.variables = variables;
  }

  /** This JVM's settings, as the SDK's clients read them. */
  public static EndpointOverride ofThisProcess() {
    return new EndpointOverride(System::getProperty, System::getenv);
  }

  /**
   * Throws a usage error (exit 2) naming the setting when the override the SDK would use for {@code
   * service} is not an http or https URL with a host.
   */
  public void check(AwsService service) {
    if (ignored()) {
      return;
    }
    List<String[]> candidates =
        List.of(
            new String[] {service.property(), properties.apply(service.property())},
            new String[] {service.variable(), variables.apply(service.variable())},
            new String[] {GLOBAL_PROPERTY, properties.apply(GLOBAL_PROPERTY)},
            new String[] {GLOBAL_VARIABLE, variables.apply(GLOBAL_VARIABLE)});
    for (String[] setting : candidates) {
      if (setting[1] != null) {
        if (!usable(setting[1])) {
          throw UserFacingException.usage(
              Text.of("network.endpoint.invalid", setting[0], TerminalText.safe(setting[1])),
              Text.of("network.endpoint.invalid.hint", setting[0]));
        }
        return;
      }
    }
  }

  private boolean ignored() {
    String value = properties.apply(IGNORE_PROPERTY);
    if (value == null) {
      value = variables.apply(IGNORE_VARIABLE);
    }
    return value != null && value.trim().equalsIgnoreCase("true");
  }

  /** An absolute http or https URL with a host, as the SDK's clients can call it. */
  static boolean usable(String value) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      return false;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
  }
}
