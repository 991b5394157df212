package dev.ssosetup.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The device authorizations started with StartDeviceAuthorization: a device code for the client to
 * poll with, a user code for the person to approve on the device page.
 */
final class DeviceGrants {
  static final Duration LIFETIME = Duration.ofMinutes(10);
  static final Duration INTERVAL = Duration.ofSeconds(1);

  private final Map<String, Grant> byDeviceCode = new ConcurrentHashMap<>();
  private final Map<String, Grant> byUserCode = new ConcurrentHashMap<>();
  private final Secrets secrets;
  private final Switches switches;

  DeviceGrants(Secrets secrets, Switches switches) {
    this.secrets = secrets;
    this.switches = switches;
  }

  /** Starts a grant; in AUTO or DENY mode it is decided at once. */
  Grant start(String clientId) {
    Grant grant =
        new Grant(
            secrets.deviceCode(),
            secrets.userCode(),
            clientId,
            switches.clock.instant().plus(LIFETIME));
    switch (switches.approval()) {
      case AUTO -> grant.state = State.APPROVED;
      case DENY -> grant.state = State.DENIED;
      case DEVICE_PAGE -> grant.state = State.PENDING;
    }
    byDeviceCode.put(grant.deviceCode, grant);
    byUserCode.put(grant.userCode, grant);
    return grant;
  }

  Grant byDeviceCode(String deviceCode) {
    return deviceCode == null ? null : byDeviceCode.get(deviceCode);
  }

  /** The grant of a user code (any case, dash optional), or null. */
  /** Approves a user code, as clicking Approve on the device page does. */
  void approve(String userCode) {
    Grant grant = byUserCode(userCode);
    if (grant == null) {
      throw new IllegalArgumentException("No device authorization has the user code " + userCode);
    }
    if (!grant.decide(true) && grant.state() == State.DENIED) {
      throw new IllegalStateException("The user code " + userCode + " was already denied");
    }
  }

  Grant byUserCode(String userCode) {
    if (userCode == null) {
      return null;
    }
    String normalized = userCode.strip().toUpperCase(Locale.ROOT).replace("-", "");
    if (normalized.length() != 8) {
      return null;
    }
    return byUserCode.get(normalized.substring(0, 4) + "-" + normalized.substring(4));
  }

  /** A device authorization and where it stands. */
  static final class Grant {
    final String deviceCode;
    final String userCode;
    final String clientId;
    final Instant expiresAt;
    private State state;
    private Instant lastPoll;

    private Grant(String deviceCode, String userCode, String clientId, Instant expiresAt) {
      this.deviceCode = deviceCode;
      this.userCode = userCode;
      this.clientId = clientId;
      this.expiresAt = expiresAt;
    }

    synchronized State state() {
      return state;
    }

    /** The person's decision on the device page; only a pending grant can be decided. */
    synchronized boolean decide(boolean approve) {
      if (state != State.PENDING) {
        return false;
      }
      state = approve ? State.APPROVED : State.DENIED;
      return true;
    }

    /**
     * Records a poll and says what it gets. Polling a pending grant faster than half the interval
     * is answered with SlowDown (half, so that a client polling on schedule never sees it).
     */
    synchronized State poll(Instant now) {
      if (state == State.REDEEMED || state == State.DENIED) {
        return state;
      }
      if (!now.isBefore(expiresAt)) {
        return State.EXPIRED;
      }
      if (state == State.APPROVED) {
        state = State.REDEEMED;
        return State.APPROVED;
      }
      Instant previous = lastPoll;
      lastPoll = now;
      if (previous != null
          && Duration.between(previous, now).compareTo(INTERVAL.dividedBy(2)) < 0) {
        return State.SLOW_DOWN;
      }
      return State.PENDING;
    }

    @Override
    public String toString() {
      return "Grant[" + userCode + " " + state + "]";
    }
  }

  /** Where a grant stands, and what a poll of it gets. */
  enum State {
    PENDING,
    SLOW_DOWN,
    APPROVED,
    DENIED,
    EXPIRED,
    REDEEMED
  }
}
