package dev.ssosetup.testkit;

import dev.ssosetup.sandbox.Sandbox;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test a started sandbox and closes it afterwards; optionally points the whole JVM's AWS
 * SDK at it for the test's duration ({@link SandboxEndpoints}). Register it on an instance field:
 *
 * <pre>{@code
 * @RegisterExtension
 * final SandboxExtension sandbox = SandboxExtension.with(b -> b.approval(Approval.DEVICE_PAGE));
 * }</pre>
 */
public final class SandboxExtension implements BeforeEachCallback, AfterEachCallback {
  private final UnaryOperator<Sandbox.Builder> configuration;
  private boolean pointSdk;
  private Sandbox sandbox;
  private SandboxEndpoints endpoints;

  private SandboxExtension(UnaryOperator<Sandbox.Builder> configuration) {
    this.configuration = configuration;
  }

  /** A sandbox with the builder's defaults (small fixture, automatic approval). */
  public static SandboxExtension create() {
    return with(UnaryOperator.identity());
  }

  /** A sandbox configured by the given function of the builder. */
  public static SandboxExtension with(UnaryOperator<Sandbox.Builder> configuration) {
    return new SandboxExtension(configuration);
  }

  /** Also sets the SDK's endpoint system properties to the sandbox during each test. */
  public SandboxExtension pointingTheSdkAtIt() {
    this.pointSdk = true;
    return this;
  }

  /** The running sandbox of the current test. */
  public Sandbox get() {
    if (sandbox == null) {
      throw new IllegalStateException("The sandbox runs only during a test");
    }
    return sandbox;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    sandbox = configuration.apply(Sandbox.builder()).build().start();
    if (pointSdk) {
      endpoints = SandboxEndpoints.pointAt(sandbox);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (endpoints != null) {
      endpoints.close();
      endpoints = null;
    }
    if (sandbox != null) {
      sandbox.close();
      sandbox = null;
    }
  }
}
