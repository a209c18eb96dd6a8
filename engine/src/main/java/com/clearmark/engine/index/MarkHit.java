package com.clearmark.engine.index;

/**
 * A stretch of one text that matches a mark key.
 *
 * @param key the matched key; {@link MarkIndex#markOf(int, int)} gives the marks registered under
 *     it
 * @param firstToken index of the first matched token in the scanned text
 * @param lastToken index just past the last matched token
 * @param start character offset of the match in the original text
 * @param end character offset just past the match
 * @param distance edit distance between the text and the key (0 for exact, leet and confusable)
 */
public record MarkHit(
    int key, int firstToken, int lastToken, int start, int end, MatchKind kind, int distance) {}
