package com.clearmark.app.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * One token bucket per API token and one per organization: each request takes one unit from both,
 * and goes ahead only if both have one. Units come back at {@link ApiRateLimit#requestsPerSecond()}
 * up to {@link ApiRateLimit#burst()} for a token, and at the organization's own rate and size for
 * an organization. In memory, per instance, and bounded to {@link ApiRateLimit#trackedTokens()}
 * buckets of each kind (least recently used dropped first). Refills follow the monotonic {@link
 * System#nanoTime()}: they measure elapsed time, not a date the service records, so they do not
 * read the service's clock.
 */
@Component
class TokenBuckets {

  private final ApiRateLimit limit;
  private final Map<Long, Bucket> tokens;
  private final Map<Long, Bucket> organizations;

  TokenBuckets(ApiRateLimit limit) {
    this.limit = limit;
    this.tokens = bounded(limit.trackedTokens());
    this.organizations = bounded(limit.trackedTokens());
  }

  /** Which bucket was empty, and the whole seconds until it has a unit again (at least one). */
  record Refusal(boolean organization, long retryAfterSeconds) {}

  private static final class Bucket {
    double units;
    long refilledAtNanos;

    Bucket(double units, long now) {
      this.units = units;
      this.refilledAtNanos = now;
    }

    void refill(long now, int size, int perSecond) {
      double elapsed = Math.max(0L, now - refilledAtNanos) / 1e9;
      units = Math.min(size, units + elapsed * perSecond);
      refilledAtNanos = now;
    }

    long secondsUntilAUnit(int perSecond) {
      return Math.max(1, (long) Math.ceil((1 - units) / perSecond));
    }
  }

  /**
   * Takes one unit for the token and one for its organization: empty when the request may go ahead,
   * otherwise which bucket is empty and when to retry, for {@code Retry-After}. A refused request
   * takes nothing from either.
   */
  synchronized Optional<Refusal> take(long tokenId, long organizationId) {
    long now = System.nanoTime();
    Bucket token = bucket(tokens, tokenId, limit.burst(), limit.requestsPerSecond(), now);
    Bucket organization =
        bucket(
            organizations,
            organizationId,
            limit.organizationBurst(),
            limit.organizationRequestsPerSecond(),
            now);
    if (token.units < 1) {
      return Optional.of(new Refusal(false, token.secondsUntilAUnit(limit.requestsPerSecond())));
    }
    if (organization.units < 1) {
      return Optional.of(
          new Refusal(true, organization.secondsUntilAUnit(limit.organizationRequestsPerSecond())));
    }
    token.units -= 1;
    organization.units -= 1;
    return Optional.empty();
  }

  private static Bucket bucket(Map<Long, Bucket> map, long id, int size, int perSecond, long now) {
    Bucket b = map.get(id);
    if (b == null) {
      b = new Bucket(size, now);
      map.put(id, b);
    } else {
      b.refill(now, size, perSecond);
    }
    return b;
  }

  private static Map<Long, Bucket> bounded(int max) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, Bucket> eldest) {
        return size() > max;
      }
    };
  }
}
