package com.clearmark.app.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code clearmark.api.rate-limit.*}: a token bucket per API token and one per
 * organization, which all its tokens draw from too, so that making more tokens does not multiply an
 * organization's share. The defaults, 500 a second with a burst of 1,000 per token and twice that
 * per organization, leave room for a listing tool's steady checks while no organization can take
 * the whole server from the others on it.
 *
 * @param requestsPerSecond how fast a token's bucket refills
 * @param burst how many requests a token may make at once after being idle (the bucket's size)
 * @param trackedTokens the most tokens whose buckets are kept at once, and separately the most
 *     organizations; past that the least recently used is dropped (and starts full when next used)
 * @param organizationRequestsPerSecond how fast an organization's bucket refills
 * @param organizationBurst the size of an organization's bucket
 */
@ConfigurationProperties("clearmark.api.rate-limit")
record ApiRateLimit(
    int requestsPerSecond,
    int burst,
    int trackedTokens,
    int organizationRequestsPerSecond,
    int organizationBurst) {

  ApiRateLimit {
    if (requestsPerSecond <= 0) {
      requestsPerSecond = 500;
    }
    if (burst <= 0) {
      burst = 1_000;
    }
    if (trackedTokens <= 0) {
      trackedTokens = 10_000;
    }
    if (organizationRequestsPerSecond <= 0) {
      organizationRequestsPerSecond = 1_000;
    }
    if (organizationBurst <= 0) {
      organizationBurst = 2_000;
    }
  }
}
