package com.clearmark.app.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list.
 *
 * @param number the 0-based page number
 */
public record PageOf<T>(List<T> items, int number, int size, long totalElements) {

  public PageOf {
    items = List.copyOf(items);
    if (number < 0 || size < 1) {
      throw new IllegalArgumentException("bad page " + number + " of size " + size);
    }
  }

  public int totalPages() {
    return (int) Math.max(1, (totalElements + size - 1) / size);
  }

  public boolean hasNext() {
    return number + 1 < totalPages();
  }

  public <R> PageOf<R> map(Function<T, R> f) {
    return new PageOf<>(items.stream().map(f).toList(), number, size, totalElements);
  }
}
