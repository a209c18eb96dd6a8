package com.clearmark.app.copyright;

import java.time.Instant;

/**
 * An image uploaded to a listing of the catalogue.
 *
 * @param position where the listing shows it, from 1 (the main image); findings name it as {@code
 *     images[position]}
 */
record ListingImage(long id, long listingId, int position, StoredImage image, Instant createdAt) {}
