package com.clearmark.app.copyright;

import java.time.Instant;

/**
 * An image a brand gave for a third-party listing it watches, since captures carry none.
 *
 * @param monitoredListingId the watched listing (monitoring's {@code MonitoredListing})
 * @param position where the listing shows it, from 1; findings name it as {@code images[position]}
 */
record CaptureImage(
    long id, long monitoredListingId, int position, StoredImage image, Instant createdAt) {}
