package com.clearmark.app.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code clearmark.api.rate-limit.*}: a token bucket per API token. The defaults are
 * far above what the service can answer on one machine, so that nothing is throttled unless an
 * installation sets its own.
 *
 * @param requestsPerSecond how fast a token's bucket refills
 * @param burst how many requests a token may make at once after being idle (the bucket's size)
 * @param trackedTokens the most tokens whose buckets are kept at once; past that the least recently
 *     used is dropped (and starts full when next used)
 */
@ConfigurationProperties("clearmark.api.rate-limit")
record ApiRateLimit(int requestsPerSecond, int burst, int trackedTokens) {

  ApiRateLimit {
    if (requestsPerSecond <= 0) {
      requestsPerSecond = 50_000;
    }
    if (burst <= 0) {
      burst = 100_000;
    }
    if (trackedTokens <= 0) {
      trackedTokens = 10_000;
    }
  }
}
