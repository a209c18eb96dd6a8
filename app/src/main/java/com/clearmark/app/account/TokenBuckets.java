package com.clearmark.app.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * One token bucket per API token: each request takes one unit, units come back at {@link
 * ApiRateLimit#requestsPerSecond()} up to {@link ApiRateLimit#burst()}. In memory, per instance,
 * and bounded to {@link ApiRateLimit#trackedTokens()} buckets (least recently used dropped first).
 * Refills follow the monotonic {@link System#nanoTime()}: they measure elapsed time, not a date the
 * service records, so they do not read the service's clock.
 */
@Component
class TokenBuckets {

  private final ApiRateLimit limit;
  private final Map<Long, Bucket> buckets;

  TokenBuckets(ApiRateLimit limit) {
    this.limit = limit;
    int max = limit.trackedTokens();
    this.buckets =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Long, Bucket> eldest) {
            return size() > max;
          }
        };
  }

  private static final class Bucket {
    double units;
    long refilledAtNanos;

    Bucket(double units, long now) {
      this.units = units;
      this.refilledAtNanos = now;
    }
  }

  /**
   * Takes one unit for the token: empty when the request may go ahead, otherwise the whole seconds
   * until a unit is back (at least one), for {@code Retry-After}.
   */
  synchronized OptionalLong take(long tokenId) {
    long now = System.nanoTime();
    Bucket b = buckets.get(tokenId);
    if (b == null) {
      b = new Bucket(limit.burst(), now);
      buckets.put(tokenId, b);
    } else {
      double elapsed = Math.max(0L, now - b.refilledAtNanos) / 1e9;
      b.units = Math.min(limit.burst(), b.units + elapsed * limit.requestsPerSecond());
      b.refilledAtNanos = now;
    }
    if (b.units >= 1) {
      b.units -= 1;
      return OptionalLong.empty();
    }
    double wait = (1 - b.units) / limit.requestsPerSecond();
    return OptionalLong.of(Math.max(1, (long) Math.ceil(wait)));
  }
}
